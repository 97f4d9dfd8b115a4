import { isAdmin, isSupport } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "./actor";

/**
 * The tickets `actor` may see, as a query condition. Every list, count and search adds it, so no
 * list can show a ticket its page would refuse. It matches relationsOf(): a ticket is visible
 * exactly when the actor has some relation to it.
 *
 * Each condition starts with an indexed column that bounds the work: a requester's tickets all
 * belong to their organization, so the database never checks "does this user follow it?" on more
 * than one organization's tickets. Agents are never "requested for" nor followers (those are
 * requesters of the ticket's organization), so their condition leaves those out. A manager
 * ("Gestor da organização") also sees every ticket of the organizations they manage, again
 * bounded by the organization index.
 */
export function visibleTicketsWhere(actor: Actor): Prisma.TicketWhereInput {
  if (isAdmin(actor)) return {};
  if (isSupport(actor)) {
    return { OR: [{ groupId: { in: actor.groupIds } }, { requesterId: actor.id }] };
  }
  const own: Prisma.TicketWhereInput = {
    organizationId: actor.organizationId ?? "",
    OR: [
      { requesterId: actor.id },
      { requestedForId: actor.id },
      { followers: { some: { userId: actor.id } } },
    ],
  };
  if (actor.managedOrganizationIds.length === 0) return own;
  return { OR: [own, { organizationId: { in: actor.managedOrganizationIds } }] };
}

/**
 * The tickets of an agent's queues: those of their groups (admins: all). Narrower than what an
 * agent may open (a ticket they opened on a customer's behalf for another group stays reachable
 * by its page), and a plain indexed condition: with the "or opened by me" of visibleTicketsWhere,
 * the database could not use the group indexes and a queue of 100,000 tickets took half a second.
 */
export function queueTicketsWhere(actor: Actor): Prisma.TicketWhereInput {
  if (isAdmin(actor)) return {};
  if (isSupport(actor)) return { groupId: { in: actor.groupIds } };
  return visibleTicketsWhere(actor);
}
