import "server-only";
import type { z } from "zod";
import { refuseNonAdmin } from "@/lib/admin/admin-only";
import { audit } from "@/lib/admin/audit";
import { refusingConcurrentDuplicates } from "@/lib/admin/saved-meanwhile";
import { db, type Tx } from "@/lib/db";
import { conflict, invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import { normalizeForSearch } from "@/lib/text/search";
import type { Actor } from "@/lib/tickets/actor";
import { fieldErrorsOf } from "@/lib/validation";
import { categoryInput, itemInput, type ItemData } from "./item-schema";

/**
 * The admin's catalogue services: categories (a tree), items and their forms, and their order.
 * Each checks the admin role, validates with the form's schema and writes its audit entry in
 * its own transaction. Slugs are made once, on creation, so links already sent keep working.
 */

const EDITED_MEANWHILE =
  "Outro administrador alterou este item enquanto você editava. Recarregue a página para ver a versão atual.";

type CategoryNode = { id: string; name: string; parentId: string | null };

/** Every category, active or not: the catalogue is small (tens to hundreds of rows). */
const allCategories = (tx: Tx): Promise<CategoryNode[]> =>
  tx.catalogCategory.findMany({ select: { id: true, name: true, parentId: true } });

/** The names from the top of the tree down to `categoryId`. */
function trailNames(categories: readonly CategoryNode[], categoryId: string): string[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const names: string[] = [];
  for (let c = byId.get(categoryId); c; c = c.parentId ? byId.get(c.parentId) : undefined) {
    names.unshift(c.name);
  }
  return names;
}

/** `categoryId` and every category below it. */
function subtreeOf(categories: readonly CategoryNode[], categoryId: string): string[] {
  const ids = [categoryId];
  for (let i = 0; i < ids.length; i++) {
    ids.push(...categories.filter((c) => c.parentId === ids[i]).map((c) => c.id));
  }
  return ids;
}

const searchTextOf = (item: { title: string; subtitle: string | null }, trail: string[]) =>
  normalizeForSearch([item.title, item.subtitle ?? "", ...trail].join(" "));

/** Search finds items by their categories' names too: renaming or moving one re-indexes below. */
async function reindexItemsBelow(tx: Tx, categoryId: string) {
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

/** "Certidão Negativa (2ª via)" → "certidao-negativa-2a-via", then "-2", "-3"… if taken. */
async function uniqueSlug(tx: Tx, kind: "category" | "item", text: string): Promise<string> {
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

/** Creates (no id) or edits a category: name, description, parent, active. */
export async function saveCategory(
  actor: Actor,
  { id, ...values }: z.input<typeof categoryInput> & { id?: string },
): Promise<ServiceResult<{ id: string }>> {
  const notAdmin = await refuseNonAdmin(actor, "category.save");
  if (notAdmin) return notAdmin;
  const parsed = categoryInput.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { parentId: parent, ...data } = parsed.data;
  const parentId = parent || null;
  return refusingConcurrentDuplicates(() =>
    db.$transaction(async (tx) => {
      const before = id ? await tx.catalogCategory.findUnique({ where: { id } }) : null;
      if (id && !before) return notFound("Categoria não encontrada.");
      const categories = await allCategories(tx);
      if (parentId && !categories.some((c) => c.id === parentId))
        return invalid({ parentId: "Categoria pai não encontrada." });
      if (id && parentId && subtreeOf(categories, id).includes(parentId))
        return invalid({ parentId: "Uma categoria não pode ficar dentro dela mesma." });
      const sameName = await tx.catalogCategory.count({
        where: { parentId, name: data.name, ...(id ? { NOT: { id } } : {}) },
      });
      if (sameName) return invalid({ name: "Já existe uma categoria com este nome neste lugar." });

      const moved = !before || before.parentId !== parentId;
      const position = moved
        ? await tx.catalogCategory.count({ where: { parentId } })
        : before.position;
      const saved = before
        ? await tx.catalogCategory.update({
            where: { id: before.id },
            data: { ...data, description: data.description || null, parentId, position },
          })
        : await tx.catalogCategory.create({
            data: {
              ...data,
              description: data.description || null,
              parentId,
              position,
              slug: await uniqueSlug(tx, "category", data.name),
            },
          });
      if (before && (before.name !== saved.name || moved)) await reindexItemsBelow(tx, saved.id);
      await audit(tx, actor.id, {
        action: before ? "category.update" : "category.create",
        entityType: "category",
        entityId: saved.id,
        before,
        after: saved,
      });
      return ok({ id: saved.id });
    }),
  );
}

const withFields = { fields: { orderBy: { position: "asc" } } } as const;

/**
 * Creates (no id) or edits an item and its whole form. The fields are replaced as a list in
 * their new order; tickets already opened keep their answers with the labels they were asked
 * with, so no edit here changes them. `version` (the updatedAt the editor loaded) refuses to
 * overwrite another admin's save.
 */
export async function saveItem(
  actor: Actor,
  { id, version, ...values }: z.input<typeof itemInput> & { id?: string; version?: string },
): Promise<ServiceResult<{ id: string; slug: string }>> {
  const notAdmin = await refuseNonAdmin(actor, "item.save");
  if (notAdmin) return notAdmin;
  const parsed = itemInput.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { fields, ...item }: ItemData = parsed.data;
  return refusingConcurrentDuplicates(() =>
    db.$transaction(async (tx) => {
      const before = id
        ? await tx.catalogItem.findUnique({ where: { id }, include: withFields })
        : null;
      if (id && !before) return notFound("Item não encontrado.");
      const categories = await allCategories(tx);
      if (!categories.some((c) => c.id === item.categoryId))
        return invalid({ categoryId: "Categoria não encontrada." });
      const group = await tx.supportGroup.findUnique({ where: { id: item.groupId } });
      if (!group) return invalid({ groupId: "Grupo não encontrado." });
      if (!group.active && group.id !== before?.groupId)
        return invalid({ groupId: "Este grupo está inativo." });
      // Claims the version it was edited from: of two saves from the same version, one wins.
      // Last of the checks, as returning commits: a refusal must leave the version as it was.
      if (before && version) {
        const { count } = await tx.catalogItem.updateMany({
          where: { id: before.id, updatedAt: new Date(version) },
          data: { updatedAt: new Date() },
        });
        if (count === 0) return conflict(EDITED_MEANWHILE);
      }

      const data = {
        ...item,
        subtitle: item.subtitle || null,
        description: item.description || null,
        searchText: searchTextOf(item, trailNames(categories, item.categoryId)),
      };
      const fieldRows = fields.map((field, position) => ({ ...field, position }));
      const saved = before
        ? await tx.catalogItem.update({
            where: { id: before.id },
            data: {
              ...data,
              ...(before.categoryId === item.categoryId
                ? {}
                : {
                    position: await tx.catalogItem.count({
                      where: { categoryId: item.categoryId },
                    }),
                  }),
              fields: { deleteMany: {}, create: fieldRows },
            },
            include: withFields,
          })
        : await tx.catalogItem.create({
            data: {
              ...data,
              slug: await uniqueSlug(tx, "item", item.title),
              position: await tx.catalogItem.count({ where: { categoryId: item.categoryId } }),
              fields: { create: fieldRows },
            },
            include: withFields,
          });
      await audit(tx, actor.id, {
        action: before ? "item.update" : "item.create",
        entityType: "item",
        entityId: saved.id,
        before,
        after: saved,
      });
      return ok({ id: saved.id, slug: saved.slug });
    }),
  );
}
