import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { relatedTickets } from "./related";
import { ticketTime } from "./time-entries";
import { visibleTicketsWhere } from "./visibility";

/**
 * What support sees beside a ticket: who can take it, where it can go, the customer and their
 * other recent tickets, related tickets and logged time.
 */
export async function supportPanel(
  actor: Actor,
  ticket: { id: string; groupId: string; requestedForId: string },
) {
  const [agents, groups, customer, recent, related, time] = await Promise.all([
    db.user.findMany({
      where: { active: true, role: "AGENT", groups: { some: { groupId: ticket.groupId } } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.supportGroup.findMany({
      where: { active: true, id: { not: ticket.groupId } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.user.findUniqueOrThrow({
      where: { id: ticket.requestedForId },
      select: {
        name: true,
        email: true,
        phone: true,
        organization: { select: { name: true, ibgeCode: true, cnpj: true } },
      },
    }),
    db.ticket.findMany({
      where: {
        AND: [visibleTicketsWhere(actor), { requestedForId: ticket.requestedForId }],
        id: { not: ticket.id },
      },
      select: {
        id: true,
        number: true,
        state: true,
        createdAt: true,
        item: { select: { title: true } },
      },
      orderBy: { createdAt: "desc" },
      take: 5,
    }),
    relatedTickets(actor, ticket.id),
    ticketTime(ticket.id),
  ]);
  return { agents, groups, customer, recent, related, time };
}
