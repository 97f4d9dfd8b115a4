import "server-only";
import { db, Prisma } from "@/lib/db";
import { claimRows, enumValue } from "@/lib/db/sql";
import { systemClock, type Clock } from "@/lib/clock";
import { businessDaysAfter, businessDaysBefore } from "@/lib/sla/calendar";
import { loadSlaPolicy } from "@/lib/sla/policy";
import { getSettings } from "@/lib/settings";
import { inSlices, type SliceOptions } from "@/lib/jobs/slices";
import { RULES } from "./state-machine";
import { recordSystemEvents } from "./system-events";

const FROM = RULES.infoClose.from[0]!;
const TO = RULES.infoClose.to!;
export const INFO_CLOSE_REASON = "Sem retorno do usuário.";

/**
 * Closes, as "Fechada" with the reason "sem retorno do usuário", every ticket still waiting for
 * the information support asked for `infoCloseDays` business days after the reminder (or after
 * the question, when reminders are off). 0 turns it off. Safe when runs overlap, as auto-close:
 * the UPDATE that closes picks the rows and repeats the condition on each. In slices
 * (lib/jobs/slices.ts), so that the portal keeps answering while a backlog closes.
 */
export async function closeUnansweredInfoRequests(
  clock: Clock = systemClock,
  slices: Partial<SliceOptions> = {},
): Promise<{ closed: number }> {
  const now = clock();
  const settings = await getSettings(db);
  if (settings.infoCloseDays <= 0) return { closed: 0 };
  const { calendar } = await loadSlaPolicy(db);
  const before = businessDaysBefore(now, settings.infoCloseDays, calendar);
  // Never before the reminder went: the requester is always warned first.
  const since = settings.infoReminderDays > 0 ? "infoReminderSentAt" : "infoRequestedAt";
  const waiting = Prisma.sql`"state" = ${enumValue("TicketState", FROM)}
    AND ${Prisma.raw(`"${since}"`)} <= ${before}`;
  const closeBatch = (limit: number) =>
    db.$transaction(async (tx) => {
      const tickets = await claimRows<{ id: string }>(tx, {
        table: "Ticket",
        set: Prisma.sql`"state" = ${enumValue("TicketState", TO)}, "closedAt" = ${now},
          "updatedAt" = ${now}, "version" = "version" + 1`,
        where: waiting,
        orderBy: since,
        limit,
        returning: ["id"],
      });
      await recordSystemEvents(
        tx,
        tickets.map((t) => t.id),
        {
          prefix: "info-close",
          type: "STATE_CHANGED",
          states: { from: FROM, to: TO },
          body: INFO_CLOSE_REASON,
          data: { action: "infoClose" },
          notify: "ticket.state_changed",
          now,
        },
      );
      return tickets.length;
    });
  const { done } = await inSlices("info-close", "closed", closeBatch, {
    budgetMs: 30_000,
    ...slices,
  });
  return { closed: done };
}

/**
 * When a ticket waiting for information closes by itself, for its page: the close's days after
 * the reminder (sent, or due), or null when it never will.
 */
export async function infoClosesAt(ticket: {
  state: string;
  infoRequestedAt: Date | null;
  infoReminderSentAt: Date | null;
}): Promise<Date | null> {
  if (ticket.state !== FROM || !ticket.infoRequestedAt) return null;
  const settings = await getSettings(db);
  if (settings.infoCloseDays <= 0) return null;
  const { calendar } = await loadSlaPolicy(db);
  const warned =
    settings.infoReminderDays <= 0
      ? ticket.infoRequestedAt
      : (ticket.infoReminderSentAt ??
        businessDaysAfter(ticket.infoRequestedAt, settings.infoReminderDays, calendar));
  return businessDaysAfter(warned, settings.infoCloseDays, calendar);
}
