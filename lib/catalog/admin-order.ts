import "server-only";
import type { z } from "zod";
import { requireAdmin } from "@/lib/admin/admin-only";
import { audit } from "@/lib/admin/audit";
import { db, type Tx } from "@/lib/db";
import { refuse } from "@/lib/refusal";
import { notFound, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import type { moveInput } from "./item-schema";

/** The ids of a category's or an item's siblings (itself included), in their current order. */
async function siblingIds(tx: Tx, kind: "category" | "item", id: string) {
  const orderBy = [{ position: "asc" as const }, { id: "asc" as const }];
  const select = { id: true } as const;
  if (kind === "category") {
    const row = await tx.catalogCategory.findUnique({ where: { id } });
    if (!row) return null;
    const siblings = await tx.catalogCategory.findMany({
      where: { parentId: row.parentId },
      select,
      orderBy,
    });
    return siblings.map((s) => s.id);
  }
  const row = await tx.catalogItem.findUnique({ where: { id } });
  if (!row) return null;
  const siblings = await tx.catalogItem.findMany({
    where: { categoryId: row.categoryId },
    select,
    orderBy,
  });
  return siblings.map((s) => s.id);
}

/** "Subir"/"Descer": swaps a category or an item with its neighbour; positions become 0, 1, 2… */
export async function moveInCatalogue(
  actor: Actor,
  input: z.output<typeof moveInput>,
): Promise<ServiceResult<{ moved: boolean }>> {
  requireAdmin(actor, "catalogue.move");
  return db.$transaction(async (tx) => {
    const ids = await siblingIds(tx, input.kind, input.id);
    if (!ids) {
      refuse(
        notFound(input.kind === "category" ? "Categoria não encontrada." : "Item não encontrado."),
      );
    }
    const from = ids.indexOf(input.id);
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return ok({ moved: false });
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    for (const [position, id] of ids.entries()) {
      const data = { position };
      if (input.kind === "category") await tx.catalogCategory.update({ where: { id }, data });
      else await tx.catalogItem.update({ where: { id }, data });
    }
    await audit(tx, actor.id, {
      action: `${input.kind}.move`,
      entityType: input.kind,
      entityId: input.id,
      before: { position: from },
      after: { position: to },
    });
    return ok({ moved: true });
  });
}
