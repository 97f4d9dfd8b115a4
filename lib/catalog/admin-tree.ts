import "server-only";
import type { Tx } from "@/lib/db";
import { reindexCatalogItem } from "@/lib/search";
import { normalizeForSearch } from "@/lib/text/search";

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

/** "Certidão Negativa (2ª via)" → "certidao-negativa-2a-via", then "-2", "-3"… if taken. */
export async function uniqueSlug(tx: Tx, kind: "category" | "item", text: string): Promise<string> {
  const base = normalizeForSearch(text).replace(/ /g, "-").slice(0, 80) || kind;
  const where = { slug: { startsWith: base } };
  const taken = new Set(
    (kind === "category"
      ? await tx.catalogCategory.findMany({ where, select: { slug: true } })
      : await tx.catalogItem.findMany({ where, select: { slug: true } })
    ).map((row) => row.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
