import { isAdmin, isSupport } from "@/lib/auth/roles";
import type { ReplySide } from "@/lib/db/generated/enums";
import type { Actor } from "./actor";
import type { Relation } from "./state-machine";

/** The parts of a ticket that decide who relates to it. */
export type TicketParties = {
  organizationId: string;
  requesterId: string;
  requestedForId: string;
  groupId: string;
  followerIds: readonly string[];
};

/** The columns of a ticket that relationsOf needs, for a Prisma select. */
export const partiesSelect = {
  organizationId: true,
  requesterId: true,
  requestedForId: true,
  groupId: true,
  followers: { select: { userId: true } },
} as const;

/** How `actor` relates to a ticket loaded with partiesSelect. */
export function relationsToRow(
  actor: Actor,
  row: Omit<TicketParties, "followerIds"> & { followers: readonly { userId: string }[] },
): Set<Relation> {
  return relationsOf(actor, { ...row, followerIds: row.followers.map((f) => f.userId) });
}

/** How `actor` relates to the ticket; empty when they may not even see it. */
export function relationsOf(actor: Actor, ticket: TicketParties): Set<Relation> {
  const relations = new Set<Relation>();
  if (isAdmin(actor)) {
    relations.add("admin");
  } else if (isSupport(actor)) {
    if (actor.groupIds.includes(ticket.groupId)) relations.add("groupAgent");
    if (ticket.requesterId === actor.id) relations.add("requester"); // opened on a customer's behalf
  } else if (ticket.organizationId === actor.organizationId) {
    // Requesters relate only to their own organization's tickets: one moved to another
    // organization leaves the old one's tickets behind.
    if (ticket.requesterId === actor.id) relations.add("requester");
    if (ticket.requestedForId === actor.id) relations.add("requestedFor");
    if (ticket.followerIds.includes(actor.id)) relations.add("follower");
  }
  // A manager reads the tickets of the organizations they manage (a state's manager, those
  // municipalities they were also marked for); only the transition table's relations act.
  if (!isSupport(actor) && actor.managedOrganizationIds.includes(ticket.organizationId)) {
    relations.add("manager");
  }
  return relations;
}

/** Whether these relations make the actor work the ticket: an agent of its group, or an admin. */
export function worksOn(relations: ReadonlySet<Relation>): boolean {
  return relations.has("groupAgent") || relations.has("admin");
}

/** Whose public message this is, for "Respondida" / "Aguardando resposta" (Ticket.lastReplyFrom). */
export function replySideOf(relations: ReadonlySet<Relation>): ReplySide {
  return worksOn(relations) ? "SUPPORT" : "CUSTOMER";
}
