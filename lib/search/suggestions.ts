import { db } from "@/lib/db";
import { readableArticlesWhere, readableAudiences, type Reader } from "@/lib/knowledge/access";
import { matchPage } from "./engine";
import { significantTerms } from "./terms";

/** An article offered beside a request form ("deflection"). */
export type ArticleSuggestion = { id: string; slug: string; title: string; summary: string };

// A description's first significant words: enough to find its subject, few enough to stay fast.
const MAX_TERMS = 10;

/**
 * Up to `limit` articles `reader` may read that match what they are typing in a request form:
 * any of the text's significant words in an article's title, keywords or summary (what it is
 * about: a long description shares words in passing with most bodies), ranked by the search
 * index, those related to the form's catalogue item counting double. Before anything significant is typed: the item's related
 * articles, the most helpful first.
 */
export async function suggestArticles(
  reader: Reader,
  request: { text: string; itemId: string; limit?: number },
): Promise<ArticleSuggestion[]> {
  const limit = request.limit ?? 5;
  const select = { id: true, slug: true, title: true, summary: true } as const;
  const terms = significantTerms(request.text, MAX_TERMS);
  if (terms.length === 0) {
    return db.article.findMany({
      where: { ...readableArticlesWhere(reader), items: { some: { itemId: request.itemId } } },
      select,
      orderBy: { helpfulCount: "desc" },
      take: limit,
    });
  }
  const rows = await matchPage(
    db,
    {
      terms,
      mode: "any",
      audiences: readableAudiences(reader),
      kind: "article",
      boostItemId: request.itemId,
      headOnly: true,
    },
    { limit, offset: 0, snippets: false },
  );
  const articles = await db.article.findMany({
    where: { id: { in: rows.map((row) => row.refId) }, ...readableArticlesWhere(reader) },
    select,
  });
  return rows.flatMap((row) => articles.filter((article) => article.id === row.refId));
}
