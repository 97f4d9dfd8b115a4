import "server-only";
import { db } from "@/lib/db";
import { ok, type ServiceResult } from "@/lib/result";
import { settledFor } from "@/lib/refusal";
import type { Actor } from "./actor";
import { assignTicket, transferTicket } from "./assignment";
import { visibleTicketsWhere } from "./visibility";

export type BulkReport = { done: number; refused: { number: string; message: string }[] };

/**
 * Runs one ticket change per selected ticket, each with its own permission check and
 * transaction, and reports which were refused and why (a ticket of another group, closed…): a
 * refused ticket rolls back alone, and the others go on.
 */
async function eachTicket(
  actor: Actor,
  ticketIds: readonly string[],
  change: (ticket: { id: string; version: number }) => Promise<ServiceResult<unknown>>,
): Promise<ServiceResult<BulkReport>> {
  const tickets = await db.ticket.findMany({
    // Tickets the actor cannot see are left out, not reported by number.
    where: { AND: [{ id: { in: [...ticketIds] } }, visibleTicketsWhere(actor)] },
    select: { id: true, number: true, version: true },
  });
  const report: BulkReport = { done: 0, refused: [] };
  for (const ticket of tickets) {
    const result = await settledFor(actor, change(ticket));
    if (result.ok) report.done += 1;
    else report.refused.push({ number: ticket.number, message: result.message });
  }
  return ok(report);
}

export function bulkAssignToMe(actor: Actor, ticketIds: readonly string[]) {
  return eachTicket(actor, ticketIds, (ticket) =>
    assignTicket(actor, { ticketId: ticket.id, version: ticket.version, assigneeId: actor.id }),
  );
}

export function bulkTransfer(
  actor: Actor,
  ticketIds: readonly string[],
  groupId: string,
  reason: string,
) {
  return eachTicket(actor, ticketIds, (ticket) =>
    transferTicket(actor, { ticketId: ticket.id, version: ticket.version, groupId, reason }),
  );
}
