import "server-only";
import { requireAdmin } from "@/lib/admin/admin-only";
import type { Saved } from "@/lib/admin/admin-action";
import { audit } from "@/lib/admin/audit";
import { refusingConcurrentDuplicates } from "@/lib/admin/saved-meanwhile";
import { db } from "@/lib/db";
import { refuse } from "@/lib/refusal";
import { conflict, invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import { reindexCatalogItem } from "@/lib/search";
import type { Actor } from "@/lib/tickets/actor";
import { allCategories, reindexItemsBelow, subtreeOf, uniqueSlug } from "./admin-tree";
import type { CategoryData, ItemData } from "./item-schema";

/**
 * The admin's catalogue services: categories (a tree), items and their forms (their order in
 * admin-order.ts). Each checks the admin role and writes its audit entry in its own transaction;
 * a refusal is thrown, so nothing of a refused save is written. Slugs are made once, on
 * creation, so links already sent keep working.
 */

const EDITED_MEANWHILE =
  "Outro administrador alterou este item enquanto você editava. Recarregue a página para ver a versão atual.";

/** Creates (no id) or edits a category: name, description, parent, active. */
export async function saveCategory(
  actor: Actor,
  { id, values }: Saved<CategoryData>,
): Promise<ServiceResult<{ id: string }>> {
  requireAdmin(actor, "category.save");
  const { parentId: parent, ...data } = values;
  const parentId = parent || null;
  return refusingConcurrentDuplicates(() =>
    db.$transaction(async (tx) => {
      const before = id ? await tx.catalogCategory.findUnique({ where: { id } }) : null;
      if (id && !before) refuse(notFound("Categoria não encontrada."));
      const categories = await allCategories(tx);
      if (parentId && !categories.some((c) => c.id === parentId))
        refuse(invalid({ parentId: "Categoria pai não encontrada." }));
      if (id && parentId && subtreeOf(categories, id).includes(parentId))
        refuse(invalid({ parentId: "Uma categoria não pode ficar dentro dela mesma." }));
      const sameName = await tx.catalogCategory.count({
        where: { parentId, name: data.name, ...(id ? { NOT: { id } } : {}) },
      });
      if (sameName) refuse(invalid({ name: "Já existe uma categoria com este nome neste lugar." }));

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
      const searchChanged =
        before && (before.name !== saved.name || before.active !== saved.active);
      if (before && (searchChanged || moved)) await reindexItemsBelow(tx, saved.id);
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
  { id, version, values }: Saved<ItemData> & { version?: string },
): Promise<ServiceResult<{ id: string; slug: string }>> {
  requireAdmin(actor, "item.save");
  const { fields, ...item } = values;
  return refusingConcurrentDuplicates(() =>
    db.$transaction(async (tx) => {
      const before = id
        ? await tx.catalogItem.findUnique({ where: { id }, include: withFields })
        : null;
      if (id && !before) refuse(notFound("Item não encontrado."));
      // Claims the version it was edited from: of two saves from the same version, one wins.
      if (before && version) {
        const { count } = await tx.catalogItem.updateMany({
          where: { id: before.id, updatedAt: new Date(version) },
          data: { updatedAt: new Date() },
        });
        if (count === 0) refuse(conflict(EDITED_MEANWHILE));
      }
      // A refusal below throws: the claim above rolls back with the rest.
      const categories = await allCategories(tx);
      if (!categories.some((c) => c.id === item.categoryId))
        refuse(invalid({ categoryId: "Categoria não encontrada." }));
      const group = await tx.supportGroup.findUnique({ where: { id: item.groupId } });
      if (!group) refuse(invalid({ groupId: "Grupo não encontrado." }));
      if (!group.active && group.id !== before?.groupId)
        refuse(invalid({ groupId: "Este grupo está inativo." }));

      const data = {
        ...item,
        subtitle: item.subtitle || null,
        description: item.description || null,
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
      await reindexCatalogItem(tx, saved.id);
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
