import type { Db, Tx } from "@/lib/db/client";
import { z } from "zod";
import { isSupport } from "@/lib/auth/roles";
import type { Visibility } from "@/lib/db/generated/enums";
import type { Actor } from "./actor";
import { relationsOf, worksOn, type TicketParties } from "./relations";

/**
 * Notifications: one row per timeline event worth an e-mail, written in the transaction of the
 * change (queueNotification). Who receives it is decided when the e-mails are built
 * (notificationRecipients), from the ticket as it is then, so that permissions are re-checked
 * and a request stays one small write whatever the size of the support group; and each e-mail's
 * recipient is checked once more when it is sent (recipientStanding).
 */
export type NotificationKind =
  | "ticket.created"
  | "ticket.comment"
  | "ticket.internal_note"
  | "ticket.state_changed"
  | "ticket.auto_closed"
  | "ticket.info_reminder"
  | "ticket.auto_close_reminder"
  | "ticket.assigned"
  | "ticket.transferred";

export async function queueNotification(
  tx: Tx,
  input: { kind: NotificationKind; ticketId: string; eventId: string; now: Date },
): Promise<void> {
  await tx.notification.create({
    data: {
      kind: input.kind,
      ticketId: input.ticketId,
      eventId: input.eventId,
      createdAt: input.now,
    },
    select: { id: true },
  });
}

type Parties = {
  requesterId: string;
  requestedForId: string;
  followerIds: readonly string[];
  assigneeId: string | null;
};

/** The customer side of a ticket: its opener, the person it is for, and its followers. */
export function customerSide(ticket: Omit<Parties, "assigneeId">): string[] {
  return [ticket.requesterId, ticket.requestedForId, ...ticket.followerIds];
}

const CUSTOMER_ACTIONS = new Set(["accept", "reject", "cancel"]);
const eventData = z
  .object({
    action: z.string().optional(),
    toUserId: z.string().nullable().optional(),
    toGroupId: z.string().optional(),
  })
  .catch({});

/**
 * Who should hear about an event, before the visibility check: the customer side for what they
 * see, the assigned agent for what customers say, the group's agents for new tickets and
 * transfers. Nobody hears about their own action, except the opener of a new ticket, who gets
 * its number as a receipt.
 */
export function intendedRecipients(input: {
  kind: NotificationKind;
  actorId: string | null;
  data: unknown;
  ticket: Parties;
  agentsOf: (groupId: string) => readonly string[];
  groupId: string;
}): string[] {
  const { kind, ticket } = input;
  const data = eventData.parse(input.data ?? {});
  const assignee = ticket.assigneeId ? [ticket.assigneeId] : [];
  // What the customer side says reaches the assignee, or the whole group while nobody has the
  // ticket: a requester's question must never land in nobody's inbox.
  const customerSaid = input.actorId !== null && customerSide(ticket).includes(input.actorId);
  const supportOwner = () => (assignee.length ? assignee : input.agentsOf(input.groupId));
  const candidates: Record<NotificationKind, () => readonly string[]> = {
    "ticket.created": () => [...customerSide(ticket), ...input.agentsOf(input.groupId)],
    "ticket.comment": () => [
      ...customerSide(ticket),
      ...(customerSaid ? supportOwner() : assignee),
    ],
    "ticket.internal_note": () => assignee,
    "ticket.state_changed": () => [
      ...customerSide(ticket),
      ...(CUSTOMER_ACTIONS.has(data.action ?? "") ? assignee : []),
    ],
    "ticket.auto_closed": () => customerSide(ticket),
    // The reminders go to those who answer: the opener and the person it is for.
    "ticket.info_reminder": () => [ticket.requesterId, ticket.requestedForId],
    "ticket.auto_close_reminder": () => [ticket.requesterId, ticket.requestedForId],
    "ticket.assigned": () => (data.toUserId ? [data.toUserId] : []),
    "ticket.transferred": () => (data.toGroupId ? input.agentsOf(data.toGroupId) : []),
  };
  const everyone = new Set(candidates[kind]());
  if (kind !== "ticket.created" && input.actorId) everyone.delete(input.actorId);
  return [...everyone];
}

export type Recipient = {
  id: string;
  name: string;
  email: string;
  /** Support (agents of the group, admins) or customer (opener, requested-for user, followers). */
  audience: "customer" | "support";
};

/** What deciding a notification's recipients reads of it: load it with RECIPIENTS_INCLUDE. */
export const RECIPIENTS_INCLUDE = {
  event: { select: { actorId: true, data: true, visibility: true } },
  ticket: { include: { followers: { select: { userId: true } } } },
} as const;

type AddressedNotification = {
  id: string;
  kind: string;
  event: { actorId: string | null; data: unknown; visibility: Visibility };
  ticket: Omit<TicketParties, "followerIds"> & {
    assigneeId: string | null;
    followers: { userId: string }[];
  };
};

/**
 * The users to e-mail for each notification, checked against its ticket as it is now: only
 * active users who may still see it, and for internal notes only its agents and admins. Takes a
 * batch and reads the group members and users of all of it in two queries, so that a mass
 * closing's thousands of notifications cost a few queries per slice, not a few per mail.
 */
export async function notificationRecipients(
  db: Db | Tx,
  notifications: readonly AddressedNotification[],
): Promise<Map<string, Recipient[]>> {
  const toGroupOf = (n: AddressedNotification) => eventData.parse(n.event.data ?? {}).toGroupId;
  const groupIds = new Set(
    notifications.flatMap((n) => [n.ticket.groupId, toGroupOf(n)]).filter((g) => g !== undefined),
  );
  const members = await db.groupMember.findMany({
    where: { groupId: { in: [...groupIds] }, user: { active: true, role: "AGENT" } },
    select: { groupId: true, userId: true },
  });
  const agentsOf = (groupId: string) =>
    members.filter((m) => m.groupId === groupId).map((m) => m.userId);

  const intended = new Map(
    notifications.map((n) => {
      const followerIds = n.ticket.followers.map((f) => f.userId);
      const ids = intendedRecipients({
        kind: n.kind as NotificationKind,
        actorId: n.event.actorId,
        data: n.event.data,
        ticket: { ...n.ticket, followerIds },
        groupId: n.ticket.groupId,
        agentsOf,
      });
      return [n.id, ids] as const;
    }),
  );
  const users = await db.user.findMany({
    where: { id: { in: [...new Set([...intended.values()].flat())] }, active: true },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      organizationId: true,
      groups: { select: { groupId: true } },
    },
  });
  const userById = new Map(users.map((u) => [u.id, u]));

  return new Map(
    notifications.map((n) => {
      const parties = { ...n.ticket, followerIds: n.ticket.followers.map((f) => f.userId) };
      const recipients = intended.get(n.id)!.flatMap((id) => {
        const user = userById.get(id);
        if (!user) return [];
        const standing = recipientStanding(
          { ...user, active: true, groupIds: user.groups.map((g) => g.groupId) },
          parties,
          n.event.visibility,
        );
        if ("refused" in standing) return [];
        return [{ id: user.id, name: user.name, email: user.email, audience: standing.audience }];
      });
      return [n.id, recipients] as const;
    }),
  );
}

/** Why a user may not (or no longer) receive a ticket's e-mail. */
export type RecipientRefusal =
  "inactive" | "otherOrganization" | "notOnTicket" | "cannotSee" | "notSupport";

/**
 * May `user` receive an e-mail about this ticket's event? Asked when the e-mails are built and
 * again when each is sent (lib/notifications/recipient-check.ts), so that a change in between
 * (a follower removed, a requester moved, a user deactivated) stops mail already queued.
 */
export function recipientStanding(
  user: Omit<Actor, "managedOrganizationIds"> & { active: boolean },
  ticket: TicketParties,
  visibility: Visibility,
): { refused: RecipientRefusal } | { audience: Recipient["audience"] } {
  if (!user.active) return { refused: "inactive" };
  // Mail goes to the people on the ticket: a manager's right to read every ticket of their
  // organization earns them no mail (they get it by following the ticket).
  const relations = relationsOf({ ...user, managedOrganizationIds: [] }, ticket);
  const support = worksOn(relations);
  if (relations.size === 0) {
    if (isSupport(user)) return { refused: "cannotSee" };
    return {
      refused: user.organizationId === ticket.organizationId ? "notOnTicket" : "otherOrganization",
    };
  }
  if (visibility === "INTERNAL" && !support) return { refused: "notSupport" };
  return { audience: support ? "support" : "customer" };
}
