import { db, Prisma, type Tx } from "@/lib/db";
import { claimRows } from "@/lib/db/sql";
import { env } from "@/lib/config/env";
import { systemClock, type Clock } from "@/lib/clock";
import { inSlices, type SliceOptions } from "@/lib/jobs/slices";
import { getSettings } from "@/lib/settings";
import {
  notificationRecipients,
  RECIPIENTS_INCLUDE,
  type NotificationKind,
  type Recipient,
} from "@/lib/tickets/notifications";
import { ticketUrl } from "@/lib/tickets/links";
import { ratingHref, SCORES } from "@/lib/tickets/rating-words";
import { queueEmails, type EmailToQueue } from "./outbox";
import { ticketMail } from "./ticket-mails";

/**
 * Turns notifications (one per ticket event, written with the change) into e-mails in the outbox,
 * one per recipient, rendered now: recipients and permissions are those of the ticket as it is
 * when the mail is built (and each recipient is checked again when sent: recipient-check.ts).
 *
 * Each batch is one transaction that first marks its notifications processed, so overlapping
 * runs never take the same one (PostgreSQL skips rows another run holds; SQLite has one writer)
 * and a run that dies rolls back whole, leaving its notifications to the next. The batches are
 * slices (lib/jobs/slices.ts), and a run stops after two seconds: a mass closing's notifications
 * are expanded over the following runs while the portal keeps answering.
 */
export async function expandNotifications(
  clock: Clock = systemClock,
  slices: Partial<SliceOptions> = {},
): Promise<{ notifications: number; emails: number }> {
  let emails = 0;
  const { done } = await inSlices(
    "deliver-mail",
    "notifications expanded",
    async (limit) => {
      const batch = await expandBatch(clock(), limit);
      emails += batch.emails;
      return batch.notifications;
    },
    {
      budgetMs: 2_000,
      remaining: () => db.notification.count({ where: { processedAt: null } }),
      ...slices,
    },
  );
  return { notifications: done, emails };
}

function expandBatch(now: Date, limit: number) {
  return db.$transaction(async (tx) => {
    const claimed = await claimRows<{ id: string }>(tx, {
      table: "Notification",
      set: Prisma.sql`"processedAt" = ${now}`,
      where: Prisma.sql`"processedAt" IS NULL`,
      // The index's own order, [processedAt, createdAt]: PostgreSQL does not take `IS NULL` as
      // fixing its first column, and by createdAt alone it read and sorted every waiting
      // notification for each batch (20 ms a batch of 20 with 110,000 waiting).
      orderBy: ["processedAt", "createdAt"],
      limit,
      returning: ["id"],
    });
    const { autoCloseDays } = await getSettings(tx);
    const mails = await emailsOf(
      tx,
      claimed.map((c) => c.id),
      autoCloseDays,
    );
    await queueEmails(tx, mails, now);
    return { notifications: claimed.length, emails: mails.length };
  });
}

/** The e-mails of a batch of notifications, read in a fixed handful of queries. */
async function emailsOf(
  tx: Tx,
  notificationIds: string[],
  autoCloseDays: number,
): Promise<EmailToQueue[]> {
  const notifications = await tx.notification.findMany({
    where: { id: { in: notificationIds } },
    orderBy: { createdAt: "asc" },
    include: {
      event: { include: { actor: { select: { name: true } } } },
      ticket: {
        include: {
          ...RECIPIENTS_INCLUDE.ticket.include,
          item: { select: { title: true } },
          group: { select: { name: true } },
          organization: { select: { name: true } },
        },
      },
    },
  });
  const recipients = await notificationRecipients(tx, notifications);
  const dataOf = (event: { data: unknown }) =>
    (event.data ?? {}) as { action?: string; toGroupId?: string; days?: number };
  const toGroupIds = notifications.flatMap(({ event }) => dataOf(event).toGroupId ?? []);
  const toGroups = await tx.supportGroup.findMany({
    where: { id: { in: [...new Set(toGroupIds)] } },
    select: { id: true, name: true },
  });
  const groupName = new Map(toGroups.map((g) => [g.id, g.name]));

  return notifications.flatMap(({ id: notificationId, kind, ticket, event }) => {
    const data = dataOf(event);
    return recipients.get(notificationId)!.map((recipient: Recipient) => {
      const mail = ticketMail({
        kind: kind as NotificationKind,
        ticket: {
          number: ticket.number,
          itemTitle: ticket.item.title,
          state: ticket.state,
          groupName: ticket.group.name,
          organizationName: ticket.organization.name,
          description: ticket.description,
        },
        event: {
          actorName: event.actor?.name ?? null,
          body: event.body,
          action: data.action,
          days: data.days,
          toState: event.toState ?? undefined,
          toGroupName: data.toGroupId ? groupName.get(data.toGroupId) : undefined,
        },
        recipient: {
          name: recipient.name,
          audience: recipient.audience,
          isOpener: recipient.id === ticket.requesterId,
        },
        autoCloseDays,
        ticketUrl: `${env.appUrl}${ticketUrl(ticket.number)}`,
        ratingUrls: closedFor(ticket, event, recipient) ? ratingUrls(ticket.number) : undefined,
        replyByMail: env.inboundAddress !== null,
      });
      return {
        kind,
        notificationId,
        ticket: { id: ticket.id, number: ticket.number },
        to: { address: recipient.email, name: recipient.name, userId: recipient.id },
        subject: mail.subject,
        body: mail.body,
      };
    });
  });
}

/**
 * Whether this mail says the ticket closed to someone who may rate it (its requester or the
 * person it was for; the rating rules are checked again on the page the link opens).
 */
function closedFor(
  ticket: { state: string; requesterId: string; requestedForId: string },
  event: { toState: string | null },
  recipient: Recipient,
): boolean {
  const party = recipient.id === ticket.requesterId || recipient.id === ticket.requestedForId;
  return (
    party &&
    recipient.audience === "customer" &&
    event.toState === "CLOSED" &&
    ticket.state === "CLOSED"
  );
}

const ratingUrls = (number: string) =>
  SCORES.map((score) => ({ score, url: `${env.appUrl}${ratingHref(number, score)}` }));
