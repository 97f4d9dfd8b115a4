import "server-only";
import type { Tx } from "@/lib/db";
import { normalizeForSearch } from "@/lib/text/search";
import { uniqueSlug as makeSlug } from "@/lib/text/slug";

/**
 * The catalogue's tree as the admin's saves walk it: where a category sits, what is below it,
 * the search text of the items in it, and the slugs of new categories and items.
 */

type CategoryNode = { id: string; name: string; parentId: string | null };

/** Every category, active or not: the catalogue is small (tens to hundreds of rows). */
export const allCategories = (tx: Tx): Promise<CategoryNode[]> =>
  tx.catalogCategory.findMany({ select: { id: true, name: true, parentId: true } });

/** The names from the top of the tree down to `categoryId`. */
export function trailNames(categories: readonly CategoryNode[], categoryId: string): string[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const names: string[] = [];
  for (let c = byId.get(categoryId); c; c = c.parentId ? byId.get(c.parentId) : undefined) {
    names.unshift(c.name);
  }
  return names;
}

/** `categoryId` and every category below it. */
export function subtreeOf(categories: readonly CategoryNode[], categoryId: string): string[] {
  const ids = [categoryId];
  for (let i = 0; i < ids.length; i++) {
    ids.push(...categories.filter((c) => c.parentId === ids[i]).map((c) => c.id));
  }
  return ids;
}

export const searchTextOf = (item: { title: string; subtitle: string | null }, trail: string[]) =>
  normalizeForSearch([item.title, item.subtitle ?? "", ...trail].join(" "));

/** Search finds items by their categories' names too: renaming or moving one re-indexes below. */
export async function reindexItemsBelow(tx: Tx, categoryId: string) {
  const categories = await allCategories(tx);
  const items = await tx.catalogItem.findMany({
    where: { categoryId: { in: subtreeOf(categories, categoryId) } },
    select: { id: true, title: true, subtitle: true, categoryId: true },
  });
  for (const item of items) {
    await tx.catalogItem.update({
      where: { id: item.id },
      data: { searchText: searchTextOf(item, trailNames(categories, item.categoryId)) },
    });
  }
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
