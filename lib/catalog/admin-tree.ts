import "server-only";
import type { Tx } from "@/lib/db";
import { reindexCatalogItem } from "@/lib/search";
import { uniqueSlug as makeSlug } from "@/lib/text/slug";

/**
 * The catalogue's tree as the admin's saves walk it: where a category sits, what is below it,
 * the search entries of the items in it, and the slugs of new categories and items.
 */

type CategoryNode = { id: string; name: string; parentId: string | null };

/** Every category, active or not: the catalogue is small (tens to hundreds of rows). */
export const allCategories = (tx: Tx): Promise<CategoryNode[]> =>
  tx.catalogCategory.findMany({ select: { id: true, name: true, parentId: true } });

/** `categoryId` and every category below it. */
export function subtreeOf(categories: readonly CategoryNode[], categoryId: string): string[] {
  const ids = [categoryId];
  for (let i = 0; i < ids.length; i++) {
    ids.push(...categories.filter((c) => c.parentId === ids[i]).map((c) => c.id));
  }
  return ids;
}

/**
 * Search finds items by their categories' names, and only under active categories: renaming,
 * moving, deactivating or reactivating one re-indexes the items below it.
 */
export async function reindexItemsBelow(tx: Tx, categoryId: string) {
  const items = await tx.catalogItem.findMany({
    where: { categoryId: { in: subtreeOf(await allCategories(tx), categoryId) } },
    select: { id: true },
  });
  for (const item of items) await reindexCatalogItem(tx, item.id);
}

/** A new category's or item's slug: from its name, then "-2", "-3"… if taken. */
export function uniqueSlug(tx: Tx, kind: "category" | "item", text: string): Promise<string> {
  return makeSlug(text, kind, (base) => {
    const where = { slug: { startsWith: base } };
    return kind === "category"
      ? tx.catalogCategory.findMany({ where, select: { slug: true } })
      : tx.catalogItem.findMany({ where, select: { slug: true } });
  });
}
