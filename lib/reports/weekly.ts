import "server-only";
import { db, Prisma } from "@/lib/db";
import { inList, skipLockedRows } from "@/lib/db/sql";
import { env } from "@/lib/config/env";
import { systemClock, type Clock } from "@/lib/clock";
import { isSupport } from "@/lib/auth/roles";
import { queueEmails, type EmailToQueue } from "@/lib/notifications/outbox";
import { getSettings } from "@/lib/settings";
import { loadActor } from "@/lib/tickets/actor";
import { localTime } from "@/lib/time/zone";
import { addDays, mondayOf } from "./days";
import { reportQuery, type ReportFilters } from "./filters";
import { loadReports } from "./reports";
import { unsubscribeUrl } from "./unsubscribe-token";
import { weeklyFigures, weeklyReportMail } from "./weekly-mail";

const BATCH = 50;
/** Monday from 7h in the portal's zone: the summary is in the inbox when the week's work starts. */
const SEND_FROM_MINUTE = 7 * 60;

/** The Monday of the week whose summary is due at `now` (the last week's summary goes then). */
export function dueWeek(now: Date, timeZone: string): string {
  const local = localTime(now, timeZone);
  const day =
    local.weekday === 1 && local.minute < SEND_FROM_MINUTE ? addDays(local.date, -1) : local.date;
  return mondayOf(day);
}

/**
 * The "weekly-report" job: each subscriber gets the last week's summary of their groups once,
 * from Monday 7h (a portal down then sends it when it comes back that week). Safe in several
 * processes: the mails are written first, then queued only for the subscriptions whose
 * `lastWeek` this run's conditional UPDATE moved, in the same transaction.
 */
export async function sendWeeklyReports(clock: Clock = systemClock): Promise<{ sent: number }> {
  const now = clock();
  const { timeZone } = await getSettings(db);
  const week = dueWeek(now, timeZone);
  const filters: ReportFilters = {
    from: addDays(week, -7),
    to: addDays(week, -1),
    bucket: "semana",
  };
  const due = Prisma.sql`("lastWeek" IS NULL OR "lastWeek" <> ${week})`;
  let sent = 0;
  for (;;) {
    const batch = await db.reportSubscription.findMany({
      where: { OR: [{ lastWeek: null }, { lastWeek: { not: week } }] },
      include: { user: { select: { name: true, email: true } } },
      take: BATCH,
    });
    if (batch.length === 0) return { sent };
    const mails = new Map<string, EmailToQueue | null>();
    for (const { userId, user } of batch)
      mails.set(userId, await mailFor(userId, user, filters, now, timeZone));
    sent += await db.$transaction(async (tx) => {
      const claimed = await tx.$queryRaw<{ userId: string }[]>`
        UPDATE "ReportSubscription" SET "lastWeek" = ${week}
        WHERE "userId" IN (SELECT "userId" FROM "ReportSubscription" WHERE ${inList("userId", [...mails.keys()])}
                           AND ${due} ${skipLockedRows()})
          AND ${due}
        RETURNING "userId"`;
      const emails = claimed.flatMap((c) => mails.get(c.userId) ?? []);
      await queueEmails(tx, emails, now);
      return emails.length;
    });
  }
}

/** The subscriber's e-mail, or null when they no longer work in support (nothing to send). */
async function mailFor(
  userId: string,
  user: { name: string; email: string },
  filters: ReportFilters,
  now: Date,
  timeZone: string,
): Promise<EmailToQueue | null> {
  const actor = await loadActor(userId);
  if (!actor || !isSupport(actor)) return null;
  const tables = await loadReports(actor, filters, { now, timeZone }, [
    "volume",
    "backlog",
    "sla-grupo",
    "satisfacao",
  ]);
  if (!tables) return null;
  const mail = weeklyReportMail({
    name: user.name,
    figures: weeklyFigures(filters, tables),
    reportUrl: `${env.appUrl}/relatorios?${reportQuery({ ...filters, bucket: "dia" })}`,
    unsubscribeUrl: unsubscribeUrl(userId),
  });
  return { kind: "report.weekly", to: { address: user.email, name: user.name, userId }, ...mail };
}
