import type { Tx } from "@/lib/db/client";

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
