import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { TicketState } from "@/lib/db/generated/enums";
import type { Actor } from "./actor";
import { TICKET_STATES } from "./states";
import {
  listTickets,
  requestColumns,
  type ListInput,
  type RequestRow,
  type TicketPage,
} from "./ticket-list";
import { visibleTicketsWhere } from "./visibility";

/**
 * The requester's own screens: "Minhas Solicitações", "Meus Acompanhamentos", a manager's
 * "Solicitações da organização" and the home page's counts.
 */

/** The tickets a user opened or that were opened for them. */
function myRequestsScope(actor: Actor): Prisma.TicketWhereInput {
  return { OR: [{ requesterId: actor.id }, { requestedForId: actor.id }] };
}

/** "Minhas Solicitações". */
export function listMyRequests(
  actor: Actor,
  input: ListInput = {},
): Promise<TicketPage<RequestRow>> {
  return listTickets(visibleTicketsWhere(actor), myRequestsScope(actor), input, requestColumns);
}

/** "Meus Acompanhamentos": tickets the user follows. */
export function listMyFollowUps(
  actor: Actor,
  input: ListInput = {},
): Promise<TicketPage<RequestRow>> {
  return listTickets(
    visibleTicketsWhere(actor),
    { followers: { some: { userId: actor.id } } },
    input,
    requestColumns,
  );
}

/**
 * "Solicitações da organização": every ticket of the organizations this user manages ("Gestor da
 * organização"), whoever opened it; nothing for anyone else.
 */
export function listOrganizationRequests(
  actor: Actor,
  input: ListInput = {},
): Promise<TicketPage<RequestRow>> {
  return listTickets(
    visibleTicketsWhere(actor),
    { organizationId: { in: actor.managedOrganizationIds } },
    input,
    requestColumns,
  );
}

/** "As Solicitações" on the home page: the user's requests counted by state (every state present). */
export async function countMyRequestsByState(actor: Actor): Promise<Record<TicketState, number>> {
  const groups = await db.ticket.groupBy({
    by: ["state"],
    where: { AND: [visibleTicketsWhere(actor), myRequestsScope(actor)] },
    _count: { _all: true },
  });
  const counts = Object.fromEntries(TICKET_STATES.map((s) => [s, 0])) as Record<
    TicketState,
    number
  >;
  for (const group of groups) counts[group.state] = group._count._all;
  return counts;
}
