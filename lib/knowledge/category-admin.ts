import "server-only";
import type { Saved } from "@/lib/admin/admin-action";
import { refusingConcurrentDuplicates } from "@/lib/admin/saved-meanwhile";
import { db, type Tx } from "@/lib/db";
import { refuse } from "@/lib/refusal";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import { uniqueSlug } from "@/lib/text/slug";
import type { Actor } from "@/lib/tickets/actor";
import type { KnowledgeCategoryData } from "./article-schema";
import { requireAuthor } from "./articles";

/**
 * The knowledge base's categories, a tree (parentId) like the catalogue's: created, renamed,
 * moved and deactivated by authors. The slug is made once, on creation. A deactivated category
 * keeps its articles; new ones cannot be put in it.
 */
export async function saveKnowledgeCategory(
  actor: Actor,
  { id, values }: Saved<KnowledgeCategoryData>,
): Promise<ServiceResult<{ id: string }>> {
  requireAuthor(actor, "knowledgeCategory.save");
  const parentId = values.parentId || null;
  return refusingConcurrentDuplicates(
    () =>
      db.$transaction(async (tx) => {
        const before = id ? await tx.knowledgeCategory.findUnique({ where: { id } }) : null;
        if (id && !before) refuse(notFound("Categoria não encontrada."));
        const all = await tx.knowledgeCategory.findMany({ select: { id: true, parentId: true } });
        if (parentId && !all.some((c) => c.id === parentId))
          refuse(invalid({ parentId: "Categoria pai não encontrada." }));
        if (id && parentId && subtree(all, id).has(parentId))
          refuse(invalid({ parentId: "Uma categoria não pode ficar dentro dela mesma." }));
        const sameName = await tx.knowledgeCategory.count({
          where: { parentId, name: values.name, ...(id ? { NOT: { id } } : {}) },
        });
        if (sameName)
          refuse(invalid({ name: "Já existe uma categoria com este nome neste lugar." }));
        const data = { ...values, description: values.description || null, parentId };
        const moved = !before || before.parentId !== parentId;
        const position = moved
          ? await tx.knowledgeCategory.count({ where: { parentId } })
          : before.position;
        const saved = before
          ? await tx.knowledgeCategory.update({
              where: { id: before.id },
              data: { ...data, position },
            })
          : await tx.knowledgeCategory.create({
              data: { ...data, position, slug: await uniqueCategorySlug(tx, values.name) },
            });
        return ok({ id: saved.id });
      }),
    "Outra pessoa acabou de salvar estes dados. Confira e tente de novo.",
  );
}

/** `id` and every category below it. */
function subtree(all: readonly { id: string; parentId: string | null }[], id: string) {
  const ids = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const c of all)
      if (c.parentId && ids.has(c.parentId) && !ids.has(c.id)) grew = !!ids.add(c.id);
  }
  return ids;
}

const uniqueCategorySlug = (tx: Tx, text: string) =>
  uniqueSlug(text, "categoria", (base) =>
    tx.knowledgeCategory.findMany({
      where: { slug: { startsWith: base } },
      select: { slug: true },
    }),
  );
