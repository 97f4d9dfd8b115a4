import type { Db, Tx } from "@/lib/db/client";
import { insertEntries, plainText, writeEntry, type EntryText } from "./entries";

/** An article's search entry: found by its keywords and its category's name too. */

const articleFields = {
  id: true,
  title: true,
  summary: true,
  body: true,
  keywords: true,
  audience: true,
  state: true,
  category: { select: { name: true } },
} as const;

type ArticleRow = {
  title: string;
  summary: string;
  body: string;
  keywords: string;
  audience: EntryText["audience"];
  category: { name: string };
};

const articleEntry = (article: ArticleRow): EntryText => ({
  audience: article.audience,
  title: article.title,
  keywords: `${article.keywords.replace(/,/g, " ")} ${article.category.name}`,
  summary: article.summary,
  body: plainText(article.body),
});

/** Brings the search entry of one article up to date (removes it unless published). */
export async function reindexArticle(tx: Tx, articleId: string): Promise<void> {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: articleFields });
  const entry = article?.state === "PUBLISHED" ? articleEntry(article) : null;
  await writeEntry(tx, "article", articleId, entry);
}

/** Writes the entries of every published article (into an emptied index), a batch at a time. */
export async function indexAllArticles(tx: Tx | Db, batch = 1_000): Promise<number> {
  let count = 0;
  for (let cursor: string | undefined; ;) {
    const articles = await tx.article.findMany({
      where: { state: "PUBLISHED" },
      select: articleFields,
      orderBy: { id: "asc" },
      take: batch,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    await insertEntries(
      tx,
      "article",
      articles.map((article) => [article.id, articleEntry(article)] as const),
    );
    count += articles.length;
    if (articles.length < batch) return count;
    cursor = articles.at(-1)!.id;
  }
}
