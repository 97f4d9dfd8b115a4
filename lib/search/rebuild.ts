import type { Db } from "@/lib/db/client";
import { indexAllArticles } from "./article-entries";
import { indexAllItems } from "./item-entries";

/**
 * Writes the whole search index again from the articles and the catalogue, in one transaction
 * (searches meanwhile see the old index): after a bulk import, or if it is ever in doubt.
 * `npm run job -- rebuild-search`.
 */
export async function rebuildSearchIndex(db: Db): Promise<{ articles: number; items: number }> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`DELETE FROM "SearchEntry"`;
      return { articles: await indexAllArticles(tx), items: await indexAllItems(tx) };
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}
