import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { mayReadArticle, readableArticlesWhere, type Reader } from "./access";
import { knowledgeTree, trailOf } from "./categories";
import { articleComments } from "./comments";
import { renderMarkdown } from "./markdown";
import { readableArticles } from "./reading";
import { voteSummary } from "./votes";

/**
 * An article's page: everything on it, or null when `reader` may not read it. A draft, an
 * archived article, an internal one for a requester and an unknown address all answer null
 * alike, so the page (a 404) never tells that the article exists.
 */
async function loadArticlePage(reader: Reader, slug: string) {
  const article = await db.article.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      body: true,
      state: true,
      audience: true,
      categoryId: true,
      updatedAt: true,
      items: {
        where: { item: { active: true } },
        select: { item: { select: { id: true, slug: true, title: true } } },
        orderBy: { item: { title: "asc" } },
      },
    },
  });
  if (!article || !mayReadArticle(reader, article)) return null;
  const itemIds = article.items.map(({ item }) => item.id);
  const [tree, related, votes, comments] = await Promise.all([
    knowledgeTree(reader),
    readableArticles(
      reader,
      { helpfulCount: "desc" },
      {
        id: { not: article.id },
        OR: [{ categoryId: article.categoryId }, { items: { some: { itemId: { in: itemIds } } } }],
      },
    ),
    voteSummary(reader, article.id),
    articleComments(reader, article.id),
  ]);
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    bodyHtml: renderMarkdown(article.body),
    updatedAt: article.updatedAt,
    trail: trailOf(tree, article.categoryId),
    related,
    items: article.items.map(({ item }) => item),
    votes,
    comments,
  };
}

/** Read once per request: the page's metadata and its body ask for the same article. */
export const articlePage = cache(loadArticlePage);

export type ArticlePage = NonNullable<Awaited<ReturnType<typeof loadArticlePage>>>;

/**
 * Counts a view of an article `reader` may read: one UPDATE, so simultaneous views all count,
 * and an unreadable (or guessed) id counts nothing.
 */
export async function countArticleView(reader: Reader, articleId: string): Promise<void> {
  // Neither "Última atualização" nor the version moves: a view changes no content.
  await db.article.updateMany({
    where: { id: articleId, ...readableArticlesWhere(reader) },
    data: { viewCount: { increment: 1 } },
  });
}
