import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { searchField } from "@/lib/lists/address";
import type { Actor } from "@/lib/tickets/actor";
import { toFieldDefinition, type FieldDefinition } from "./fields";

/**
 * What requesters read of the catalogue: the category tree, an item's page and form, search and
 * the items their organization uses most. Only active categories and items, always.
 */

export type Crumb = { name: string; href: string };
type CategoryRow = { id: string; name: string; slug: string; parentId: string | null };

export const categoryHref = (slug: string) => `/catalogo/categoria/${slug}`;
export const itemHref = (slug: string) => `/catalogo/item/${slug}`;

/** Every active category, by id: the catalogue is small (tens to hundreds of rows). */
async function categoriesById(): Promise<Map<string, CategoryRow>> {
  const rows = await db.catalogCategory.findMany({
    where: { active: true },
    select: { id: true, name: true, slug: true, parentId: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  return new Map(rows.map((row) => [row.id, row]));
}

/** "Página Inicial > Todos os Catálogos > … > category", or null if a category on the way is inactive. */
function trailOf(categories: Map<string, CategoryRow>, categoryId: string): Crumb[] | null {
  const trail: Crumb[] = [];
  for (let id: string | null = categoryId; id;) {
    const category = categories.get(id);
    if (!category) return null;
    trail.unshift({ name: category.name, href: categoryHref(category.slug) });
    id = category.parentId;
  }
  return [{ name: "Página Inicial", href: "/" }, ...trail];
}

/** The root of the tree: its top categories with their children, for the "Catálogo" page. */
export async function catalogueRoots() {
  const categories = await categoriesById();
  const all = [...categories.values()];
  return all
    .filter((c) => c.parentId === null || !categories.has(c.parentId))
    .map((root) => ({ ...root, children: all.filter((c) => c.parentId === root.id) }));
}

/** A category's page: its breadcrumb, subcategories and items. */
export async function getCategory(slug: string) {
  const categories = await categoriesById();
  const category = [...categories.values()].find((c) => c.slug === slug);
  const trail = category && trailOf(categories, category.id);
  if (!category || !trail) return null;
  const items = await db.catalogItem.findMany({
    where: { categoryId: category.id, active: true },
    select: { slug: true, title: true, subtitle: true },
    orderBy: [{ position: "asc" }, { title: "asc" }],
  });
  return {
    ...category,
    trail,
    children: [...categories.values()].filter((c) => c.parentId === category.id),
    items,
  };
}

export type CatalogItemPage = {
  id: string;
  slug: string;
  title: string;
  subtitle: string | null;
  description: string | null;
  trail: Crumb[];
  fields: FieldDefinition[];
};

/**
 * An item's page and form; null when it (or a category above it) is not active. Read once per
 * request (React's cache): the page's title and the page itself both ask for it.
 */
export const getCatalogItem = cache(async (slug: string): Promise<CatalogItemPage | null> => {
  const item = await db.catalogItem.findFirst({
    where: { slug, active: true },
    include: { fields: { orderBy: { position: "asc" } } },
  });
  if (!item) return null;
  const trail = trailOf(await categoriesById(), item.categoryId);
  if (!trail) return null;
  return {
    id: item.id,
    slug: item.slug,
    title: item.title,
    subtitle: item.subtitle,
    description: item.description,
    trail,
    fields: item.fields.map(toFieldDefinition),
  };
});

/** The address of "Pesquisar" (/pesquisa?busca=…&pagina=…), for parseListAddress. */
export const searchAddressFields = { busca: searchField };

/**
 * The items of search results (lib/search): those still active under active categories, with
 * their link and their categories' names.
 */
export async function itemsForSearch(ids: readonly string[]) {
  if (ids.length === 0) return [];
  const items = await db.catalogItem.findMany({
    where: { id: { in: [...ids] }, active: true },
    select: { id: true, slug: true, title: true, categoryId: true },
  });
  const categories = await categoriesById();
  return items.flatMap(({ categoryId, ...item }) => {
    const trail = trailOf(categories, categoryId);
    return trail
      ? [{ ...item, href: itemHref(item.slug), trail: trail.slice(1).map((c) => c.name) }]
      : [];
  });
}

/**
 * "Itens Populares": the items this user opened most, then those their organization opened most
 * (the last 90 days), as a short list.
 */
export async function popularItems(actor: Actor, limit = 5) {
  const since = new Date(Date.now() - 90 * 24 * 60 * 60_000);
  const counts = async (where: { requesterId?: string; organizationId?: string }) =>
    db.ticket.groupBy({
      by: ["itemId"],
      where: { ...where, createdAt: { gte: since } },
      _count: { _all: true },
      orderBy: { _count: { itemId: "desc" } },
      take: limit,
    });
  const mine = await counts({ requesterId: actor.id });
  // The organization's are read only to fill the list: it has thousands of tickets to count.
  const theirs =
    mine.length < limit && actor.organizationId
      ? await counts({ organizationId: actor.organizationId })
      : [];
  const ids = [...new Set([...mine, ...theirs].map((row) => row.itemId))].slice(0, limit);
  if (ids.length === 0) return [];
  const items = await db.catalogItem.findMany({
    where: { id: { in: ids }, active: true },
    select: { id: true, slug: true, title: true, subtitle: true },
  });
  return ids.flatMap((id) => items.filter((item) => item.id === id));
}
