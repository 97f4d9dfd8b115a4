import type { Db, Tx } from "@/lib/db/client";
import { insertEntries, writeEntry, type EntryText } from "./entries";

/**
 * A catalogue item's search entry: found by its title, subtitle, description and the names of
 * its categories. Only items a requester can open are indexed: active, under active categories
 * (the admin's category saves re-index the items below them).
 */

type Category = { id: string; name: string; parentId: string | null; active: boolean };
type ItemRow = { id: string; title: string; subtitle: string | null; description: string | null };

const categoriesOf = (tx: Tx | Db): Promise<Category[]> =>
  tx.catalogCategory.findMany({ select: { id: true, name: true, parentId: true, active: true } });

/** The category names from the top down to `categoryId`; null if one of them is inactive. */
function activeTrail(categories: readonly Category[], categoryId: string): string[] | null {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const names: string[] = [];
  for (let id: string | null = categoryId; id;) {
    const category = byId.get(id);
    if (!category?.active) return null;
    names.unshift(category.name);
    id = category.parentId;
  }
  return names;
}

const itemEntry = (item: ItemRow, trail: string[]): EntryText => ({
  audience: "SIGNED_IN",
  title: item.title,
  keywords: trail.join(" "),
  summary: item.subtitle ?? "",
  body: item.description ?? "",
});

const itemFields = { id: true, title: true, subtitle: true, description: true } as const;

/** Brings the search entry of one catalogue item up to date (removes it unless active). */
export async function reindexCatalogItem(tx: Tx, itemId: string): Promise<void> {
  const item = await tx.catalogItem.findUnique({
    where: { id: itemId },
    select: { ...itemFields, active: true, categoryId: true },
  });
  const trail = item?.active ? activeTrail(await categoriesOf(tx), item.categoryId) : null;
  await writeEntry(tx, "item", itemId, item && trail ? itemEntry(item, trail) : null);
}

/** Writes the entries of every active item (into an emptied index). */
export async function indexAllItems(tx: Tx | Db): Promise<number> {
  const categories = await categoriesOf(tx);
  const items = await tx.catalogItem.findMany({
    where: { active: true },
    select: { ...itemFields, categoryId: true },
  });
  const entries = items.flatMap((item) => {
    const trail = activeTrail(categories, item.categoryId);
    return trail ? [[item.id, itemEntry(item, trail)] as const] : [];
  });
  await insertEntries(tx, "item", entries);
  return entries.length;
}
