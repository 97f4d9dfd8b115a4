import "server-only";
import { z } from "zod";
import { readAsAdmin, requireAdmin } from "@/lib/admin/admin-only";
import { audit } from "@/lib/admin/audit";
import { db, isUniqueViolation } from "@/lib/db";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";

/**
 * "Endereços de abertura": the addresses (or "+tags" of the support mailbox) whose mail opens a
 * ticket of a catalogue item (new-ticket.ts). Each change is audited.
 */

const ADDRESS = /^(\+[a-z0-9._-]{1,64}|[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,190}\.[a-z]{2,})$/;

export const bindAddressInput = z.strictObject({
  address: z
    .string()
    .trim()
    .toLowerCase()
    .regex(ADDRESS, "Informe um endereço (ti@prefeitura.gov.br) ou uma etiqueta (+ti)."),
  itemId: z.string().min(1, "Escolha o item do catálogo.").max(64),
});

export const unbindAddressInput = z.strictObject({ id: z.string().min(1).max(64) });

export function listBoundAddresses(actor: Actor) {
  return readAsAdmin(actor, "inbound.addresses", async () => ({
    addresses: await db.inboundAddress.findMany({
      orderBy: { address: "asc" },
      select: {
        id: true,
        address: true,
        item: { select: { id: true, title: true, active: true } },
      },
    }),
    items: await db.catalogItem.findMany({
      where: { active: true },
      orderBy: { title: "asc" },
      select: { id: true, title: true },
    }),
  }));
}

export async function bindAddress(
  actor: Actor,
  input: z.output<typeof bindAddressInput>,
): Promise<ServiceResult<{ id: string }>> {
  requireAdmin(actor, "inbound.bind");
  const item = await db.catalogItem.findFirst({
    where: { id: input.itemId, active: true },
    select: { id: true, title: true },
  });
  if (!item) return invalid({ itemId: "Este item não existe ou não está ativo." });
  try {
    return await db.$transaction(async (tx) => {
      const bound = await tx.inboundAddress.create({ data: input, select: { id: true } });
      await audit(tx, actor.id, {
        action: "inbound.bind",
        entityType: "inbound_address",
        entityId: bound.id,
        after: { endereço: input.address, item: item.title },
      });
      return ok(bound);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return invalid({ address: "Este endereço já abre solicitações de outro item." });
  }
}

export async function unbindAddress(actor: Actor, id: string): Promise<ServiceResult<null>> {
  requireAdmin(actor, "inbound.unbind");
  return db.$transaction(async (tx) => {
    const bound = await tx.inboundAddress.findUnique({
      where: { id },
      select: { address: true, item: { select: { title: true } } },
    });
    if (!bound) return notFound("Endereço não encontrado.");
    await tx.inboundAddress.delete({ where: { id } });
    await audit(tx, actor.id, {
      action: "inbound.unbind",
      entityType: "inbound_address",
      entityId: id,
      before: { endereço: bound.address, item: bound.item.title },
    });
    return ok(null);
  });
}
