import "server-only";
import { db, Prisma } from "@/lib/db";
import { claimRows, enumValue } from "@/lib/db/sql";
import { systemClock, type Clock } from "@/lib/clock";
import { businessDaysBefore } from "@/lib/sla/calendar";
import { loadSlaPolicy } from "@/lib/sla/policy";
import { getSettings } from "@/lib/settings";
import { inSlices, type SliceOptions } from "@/lib/jobs/slices";
import { recordSystemEvents } from "./system-events";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The reply cycle's reminders to the customer side, one e-mail each (through a timeline event
 * and its notification): a ticket "Aguardando informações do usuário" unanswered for
 * `infoReminderDays` business days, and a resolved ticket `autoCloseReminderDays` days before it
 * closes by itself. 0 turns a reminder off.
 *
 * Safe when runs overlap (several portal processes): the UPDATE that sets the "sent" column is
 * the one that picks the rows, repeating the condition on each row ("not sent yet"), so a ticket
 * another run took is skipped, and the events are written in the same transaction. Asking again
 * (askForInfo) or a new due date (resolve, support's answer) clears the column: a new reminder.
 * In slices (lib/jobs/slices.ts), so that the portal keeps answering while a backlog is reminded.
 */
export async function sendInfoReminders(
  clock: Clock = systemClock,
  slices: Partial<SliceOptions> = {},
): Promise<{ reminded: number }> {
  const now = clock();
  const settings = await getSettings(db);
  if (settings.infoReminderDays <= 0) return { reminded: 0 };
  const { calendar } = await loadSlaPolicy(db);
  const askedBefore = businessDaysBefore(now, settings.infoReminderDays, calendar);
  const reminded = await sweep({
    sentColumn: "infoReminderSentAt",
    where: Prisma.sql`"state" = ${enumValue("TicketState", "AWAITING_INFO")}
      AND "infoReminderSentAt" IS NULL AND "infoRequestedAt" <= ${askedBefore}`,
    orderBy: "infoRequestedAt",
    event: { prefix: "info-reminder", action: "infoReminder", days: settings.infoCloseDays },
    notify: "ticket.info_reminder",
    now,
    slices,
  });
  return { reminded };
}

export async function sendAutoCloseReminders(
  clock: Clock = systemClock,
  slices: Partial<SliceOptions> = {},
): Promise<{ reminded: number }> {
  const now = clock();
  const { autoCloseReminderDays: days } = await getSettings(db);
  if (days <= 0) return { reminded: 0 };
  const closesBefore = new Date(now.getTime() + days * DAY_MS);
  const reminded = await sweep({
    sentColumn: "autoCloseReminderSentAt",
    where: Prisma.sql`"state" = ${enumValue("TicketState", "AWAITING_USER")}
      AND "autoCloseReminderSentAt" IS NULL
      AND "autoCloseDueAt" > ${now} AND "autoCloseDueAt" <= ${closesBefore}`,
    orderBy: "autoCloseDueAt",
    event: { prefix: "autoclose-reminder", action: "autoCloseReminder", days },
    notify: "ticket.auto_close_reminder",
    now,
    slices,
  });
  return { reminded };
}

type Sweep = {
  sentColumn: "infoReminderSentAt" | "autoCloseReminderSentAt";
  where: Prisma.Sql;
  orderBy: string;
  /** `days`: what the e-mail announces (days left, or business days until it closes). */
  event: { prefix: string; action: string; days: number };
  notify: "ticket.info_reminder" | "ticket.auto_close_reminder";
  now: Date;
  slices: Partial<SliceOptions>;
};

async function sweep(sweep: Sweep): Promise<number> {
  const remindBatch = (limit: number) =>
    db.$transaction(async (tx) => {
      const claimed = await claimRows<{ id: string }>(tx, {
        table: "Ticket",
        set: Prisma.sql`${Prisma.raw(`"${sweep.sentColumn}"`)} = ${sweep.now}`,
        where: sweep.where,
        orderBy: sweep.orderBy,
        limit,
        returning: ["id"],
      });
      // A reminder is a public line of the timeline by the system, with no text of its own.
      await recordSystemEvents(
        tx,
        claimed.map((t) => t.id),
        {
          prefix: sweep.event.prefix,
          type: "COMMENT",
          data: { action: sweep.event.action, days: sweep.event.days },
          notify: sweep.notify,
          now: sweep.now,
        },
      );
      return claimed.length;
    });
  const { done } = await inSlices(sweep.event.prefix, "reminded", remindBatch, {
    budgetMs: 30_000,
    ...sweep.slices,
  });
  return done;
}
