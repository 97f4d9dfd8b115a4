import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { forbidden, invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import { singleLine } from "@/lib/validation";
import { ticketForSupport } from "./access";
import type { Actor } from "./actor";
import { parseTicketNumber } from "./ticket-list";
import { partiesSelect, relationsToRow } from "./relations";

/**
 * "Chamados Relacionados": support links two tickets it can see; each shows the other. A link is
 * one row with the smaller id first, so the same pair can never be linked twice.
 */
export const linkInput = z.strictObject({
  ticketId: z.string().min(1).max(100),
  number: singleLine(20, "O número").pipe(z.string().min(1, "Informe o número do chamado.")),
});

export const unlinkInput = z.strictObject({
  ticketId: z.string().min(1).max(100),
  otherId: z.string().min(1).max(100),
});

const pair = (a: string, b: string) => (a < b ? { fromId: a, toId: b } : { fromId: b, toId: a });

export async function linkTickets(
  actor: Actor,
  input: z.input<typeof linkInput>,
): Promise<ServiceResult<{ number: string }>> {
  const parsed = linkInput.safeParse(input);
  if (!parsed.success) return invalid({ number: "Informe o número do chamado." });
  if (!(await ticketForSupport(actor, parsed.data.ticketId))) return forbidden();
  const number = parseTicketNumber(parsed.data.number);
  const other = number
    ? await db.ticket.findUnique({ where: { number }, select: { id: true, ...partiesSelect } })
    : null;
  if (!other || relationsToRow(actor, other).size === 0) {
    return invalid({ number: "Chamado não encontrado." });
  }
  if (other.id === parsed.data.ticketId) {
    return invalid({ number: "Um chamado não pode ser relacionado a ele mesmo." });
  }
  const key = pair(parsed.data.ticketId, other.id);
  await db.ticketLink.upsert({
    where: { fromId_toId: key },
    create: { ...key, createdById: actor.id },
    update: {},
  });
  return ok({ number: number! });
}

export async function unlinkTickets(
  actor: Actor,
  input: z.input<typeof unlinkInput>,
): Promise<ServiceResult<null>> {
  const parsed = unlinkInput.safeParse(input);
  if (!parsed.success) return notFound("Relação não encontrada.");
  const { ticketId, otherId } = parsed.data;
  if (!(await ticketForSupport(actor, ticketId))) return forbidden();
  const { count } = await db.ticketLink.deleteMany({ where: pair(ticketId, otherId) });
  return count ? ok(null) : notFound("Relação não encontrada.");
}

/** The tickets related to this one that the actor may see; support only, empty for others. */
export async function relatedTickets(actor: Actor, ticketId: string) {
  if (!(await ticketForSupport(actor, ticketId))) return [];
  const links = await db.ticketLink.findMany({
    where: { OR: [{ fromId: ticketId }, { toId: ticketId }] },
    select: { fromId: true, toId: true },
  });
  const ids = links.map((l) => (l.fromId === ticketId ? l.toId : l.fromId));
  // Prisma reads the relations even of no rows: three statements for nothing.
  if (ids.length === 0) return [];
  const tickets = await db.ticket.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      number: true,
      state: true,
      item: { select: { title: true } },
      ...partiesSelect,
    },
    orderBy: { number: "asc" },
  });
  return tickets
    .filter((t) => relationsToRow(actor, t).size > 0)
    .map((t) => ({ id: t.id, number: t.number, state: t.state, title: t.item.title }));
}
