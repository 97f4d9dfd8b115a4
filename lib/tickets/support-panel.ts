import "server-only";
import { db } from "@/lib/db";
import { ticketForSupport } from "./access";
import type { Actor } from "./actor";
import { relatedTickets } from "./related";
import { ticketTime } from "./time-entries";
import { visibleTicketsWhere } from "./visibility";

/**
 * What support sees beside a ticket: who can take it, where it can go, the customer and their
 * other recent tickets, related tickets and logged time. Null for anyone who does not work the
 * ticket (the customer's contact and support's names are not theirs to read).
 */
export async function supportPanel(actor: Actor, ticketId: string) {
  const ticket = await ticketForSupport(actor, ticketId);
  if (!ticket) return null;
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
    ticketTime(actor, ticket.id),
  ]);
  return { agents, groups, customer, recent, related, time };
}
