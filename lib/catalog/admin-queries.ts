import "server-only";
import { readAsAdmin } from "@/lib/admin/admin-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/tickets/actor";
import { toFieldDefinition } from "./fields";

/** What the admin's catalogue pages read: everything, active or not; for admins only. */

export type AdminCategory = {
  id: string;
  name: string;
  description: string | null;
  parentId: string | null;
  active: boolean;
  /** "SERVIÇOS MULTICLIENTE › ACESSO MULTICLIENTE", for choosing a category. */
  path: string;
  depth: number;
  items: { id: string; title: string; slug: string; active: boolean }[];
};

/** The whole tree, depth first in the order requesters see it, each category with its items. */
export function catalogueTree(actor: Actor) {
  return readAsAdmin(actor, "catalogue.tree", readTree);
}

async function readTree(): Promise<AdminCategory[]> {
  const [categories, items] = await Promise.all([
    db.catalogCategory.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.catalogItem.findMany({
      select: { id: true, title: true, slug: true, active: true, categoryId: true },
      orderBy: [{ position: "asc" }, { title: "asc" }],
    }),
  ]);
  const tree: AdminCategory[] = [];
  const visit = (parentId: string | null, path: string[]) => {
    for (const category of categories.filter((c) => c.parentId === parentId)) {
      const here = [...path, category.name];
      tree.push({
        id: category.id,
        name: category.name,
        description: category.description,
        parentId: category.parentId,
        active: category.active,
        path: here.join(" › "),
        depth: path.length,
        items: items.filter((item) => item.categoryId === category.id),
      });
      visit(category.id, here);
    }
  };
  visit(null, []);
  return tree;
}

/** An item as the editor loads it, with its form and the version it saves against. */
export function itemForEditor(actor: Actor, id: string) {
  return readAsAdmin(actor, "item.read", async () => {
    const item = await db.catalogItem.findUnique({
      where: { id },
      include: { fields: { orderBy: { position: "asc" } } },
    });
    return item && { ...item, fields: item.fields.map(toFieldDefinition) };
  });
}

/** The groups an item can be served by: the active ones (and its own, even if inactive). */
export const groupChoices = (actor: Actor, currentId?: string) =>
  readAsAdmin(actor, "item.groups", () =>
    db.supportGroup.findMany({
      where: { OR: [{ active: true }, ...(currentId ? [{ id: currentId }] : [])] },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  );
