import type { Tx } from "@/lib/db/client";
import { readableArticlesWhere, type Reader } from "@/lib/knowledge/access";

/**
 * The portal's one full-text search (articles and catalogue items), over the database engine's
 * own index: FTS5 on SQLite, tsvector with unaccent on PostgreSQL.
 *
 * PLACEHOLDER until the search module lands: the code that saves an article or an item already
 * calls these, in its own transaction.
 */

/** Brings the search entry of one article up to date (removes it unless published). */
export async function reindexArticle(tx: Tx, articleId: string): Promise<void> {
  void tx;
  void articleId;
}

/** Brings the search entry of one catalogue item up to date (removes it unless active). */
export async function reindexCatalogItem(tx: Tx, itemId: string): Promise<void> {
  void tx;
  void itemId;
}

/** An article offered beside a request form ("deflection"). */
export type ArticleSuggestion = { id: string; slug: string; title: string; summary: string };

/**
 * Up to `limit` articles `reader` may read that match what they are typing in a request form,
 * those related to the form's catalogue item first.
 *
 * PLACEHOLDER: the related articles of the item only; the search module ranks by the text.
 */
export async function suggestArticles(
  reader: Reader,
  request: { text: string; itemId: string; limit?: number },
): Promise<ArticleSuggestion[]> {
  // Loaded here, not at the top: the seed (a command-line script) imports this module for the
  // reindex functions, and lib/db is server-only.
  const { db } = await import("@/lib/db");
  return db.article.findMany({
    where: { ...readableArticlesWhere(reader), items: { some: { itemId: request.itemId } } },
    select: { id: true, slug: true, title: true, summary: true },
    orderBy: { helpfulCount: "desc" },
    take: request.limit ?? 5,
  });
}
