import "server-only";
import { db, Prisma } from "@/lib/db";
import { enumValue, inList, insertJsonRows } from "@/lib/db/sql";
import { systemClock, type Clock } from "@/lib/clock";
import { inSlices } from "@/lib/jobs/slices";
import { loadSlaPolicy } from "@/lib/sla/policy";
import type { BusinessCalendar } from "@/lib/sla/calendar";
import { businessMinutesCounter } from "./business-time";
import { DAY_FACT_COLUMNS, dayChanges, writeDayChanges, type DayFact } from "./day-counts";
import { FACT_COLUMNS, reportFactOf, type FactSource } from "./facts";

/** A run stops after this, as auto-close does; the next minute's run carries on where it stopped. */
const RUN_BUDGET_MS = 30_000;
/** Changes are read up to this long ago: a transaction may commit after its updatedAt. */
const SETTLE_MS = 60_000;

const source = {
  id: true,
  groupId: true,
  organizationId: true,
  itemId: true,
  assigneeId: true,
  state: true,
  createdAt: true,
  updatedAt: true,
  firstResponseAt: true,
  firstResponseDueAt: true,
  resolvedAt: true,
  closedAt: true,
  slaResolutionMinutes: true,
  slaElapsedMinutes: true,
  rejectionCount: true,
} as const;

/** The calendar as text: when the hours, holidays or zone change, every ticket is counted again. */
const calendarKey = (c: BusinessCalendar) =>
  JSON.stringify([[...c.days].sort(), c.start, c.end, [...c.holidays].sort(), c.timeZone]);

/**
 * The "report-facts" job: brings ReportTicket up to date with the tickets changed since its last
 * run (in updatedAt, id order, from a mark kept in ReportRefresh) and the ratings changed since.
 * Safe in several processes: each batch moves the mark with a conditional update in the batch's
 * own transaction, so a run that finds the mark moved drops its batch (another run wrote it).
 * ReportDay, their sums per day and group, changes with them (lib/reports/day-counts.ts).
 * The facts are rows for reports only: they are never read to decide anything about a ticket.
 */
export async function refreshReportFacts(clock: Clock = systemClock) {
  const now = clock();
  const { calendar } = await loadSlaPolicy(db);
  const count = { minutes: businessMinutesCounter(calendar), timeZone: calendar.timeZone, now };
  const key = calendarKey(calendar);
  const found = await db.reportRefresh.findUnique({ where: { id: 1 } });
  let mark =
    found && found.calendar === key
      ? found
      : await db.reportRefresh.upsert({
          where: { id: 1 },
          create: { id: 1, ...fromTheStart(key), ratingsSince: now },
          update: fromTheStart(key),
        });
  const until = new Date(now.getTime() - SETTLE_MS);
  // In slices (lib/jobs/slices.ts): a first run over a million tickets, or a change of the
  // calendar that counts every ticket again, must not stop the portal answering meanwhile.
  const { done: refreshed } = await inSlices(
    "report-facts",
    "tickets counted",
    async (limit) => {
      const tickets: (FactSource & { updatedAt: Date })[] = await db.ticket.findMany({
        // After the mark in (updatedAt, id) order, written as one range of the index on both
        // and the mark's own tickets left out: with an OR of the two, SQLite gathered and
        // sorted every ticket up to `until` for each slice (0.4 s at a million).
        where: {
          updatedAt: { gte: mark.changedSince, lte: until },
          NOT: { updatedAt: mark.changedSince, id: { lte: mark.changedSinceId } },
        },
        orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
        select: source,
        take: limit,
      });
      if (tickets.length === 0) return 0;
      const last = tickets.at(-1)!;
      const next: Mark = { changedSince: last.updatedAt, changedSinceId: last.id };
      // Another run moved the mark: it writes these facts, this one stops.
      if (!(await writeFacts(tickets, count, { from: mark, to: next }))) return 0;
      mark = { ...mark, ...next };
      return tickets.length;
    },
    { budgetMs: RUN_BUDGET_MS, firstRows: 100 },
  );
  return { refreshed: refreshed + (await refreshRated(mark.ratingsSince, until, count)) };
}

const fromTheStart = (calendar: string) => ({
  changedSince: new Date(0),
  changedSinceId: "",
  calendar,
});

type Count = Parameters<typeof reportFactOf>[2];
type Mark = { changedSince: Date; changedSinceId: string };

/** Facts of these tickets, written if the mark is still `from` (then moved to `to`). */
async function writeFacts(tickets: FactSource[], count: Count, move?: { from: Mark; to: Mark }) {
  const ids = tickets.map((t) => t.id);
  // The ids as one parameter (inList): a batch is more ids than SQLite takes parameters.
  const [endings, ratings] = await Promise.all([
    db.$queryRaw<{ ticketId: string; data: unknown }[]>`
      SELECT "ticketId", "data" FROM "TicketEvent"
      WHERE ${inList("ticketId", ids)} AND "type" = ${enumValue("TicketEventType", "STATE_CHANGED")}
        AND "toState" IN (${enumValue("TicketState", "CLOSED")}, ${enumValue("TicketState", "CANCELLED")})
      ORDER BY "createdAt"`,
    db.$queryRaw<{ ticketId: string; score: number }[]>`
      SELECT "ticketId", "score" FROM "TicketRating" WHERE ${inList("ticketId", ids)}`,
  ]);
  const endingAction = new Map(endings.map((e) => [e.ticketId, actionOf(e.data)]));
  const score = new Map(ratings.map((r) => [r.ticketId, Number(r.score)]));
  const facts = tickets.map((t) =>
    reportFactOf(
      t,
      { endingAction: endingAction.get(t.id) ?? null, score: score.get(t.id) ?? null },
      count,
    ),
  );
  return db.$transaction(async (tx) => {
    // The mark's row is every writer's lock: two runs never write the same facts at once.
    const moved = await tx.reportRefresh.updateMany({
      where: move
        ? { id: 1, changedSince: move.from.changedSince, changedSinceId: move.from.changedSinceId }
        : { id: 1 },
      data: move ? move.to : { updatedAt: count.now },
    });
    if (moved.count === 0) return false;
    const replaced = await tx.$queryRaw<DayFact[]>`DELETE FROM "ReportTicket"
      WHERE ${inList("ticketId", ids)} RETURNING ${Prisma.raw(DAY_FACT_COLUMNS.map((c) => `"${c}"`).join(", "))}`;
    await insertJsonRows(tx, "ReportTicket", FACT_COLUMNS, facts);
    await writeDayChanges(tx, dayChanges(replaced, facts));
    return true;
  });
}

/** The tickets whose rating changed since the ratings' mark, counted again. */
async function refreshRated(since: Date, until: Date, count: Count): Promise<number> {
  const rated = await db.ticketRating.findMany({
    where: { updatedAt: { gt: since, lte: until } },
    select: { ticketId: true },
  });
  // Fewer ids than SQLite's parameters a query takes: `in` sends one per id.
  for (let i = 0; i < rated.length; i += 500) {
    const ids = rated.slice(i, i + 500).map((r) => r.ticketId);
    const tickets = await db.ticket.findMany({ where: { id: { in: ids } }, select: source });
    await writeFacts(tickets, count);
  }
  await db.reportRefresh.updateMany({
    where: { id: 1, ratingsSince: { lt: until } },
    data: { ratingsSince: until },
  });
  return rated.length;
}

/** The action in an event's data (a JSON object; SQLite's raw rows give it as text). */
function actionOf(data: unknown): string | null {
  const value = typeof data === "string" ? (JSON.parse(data) as unknown) : data;
  const action = (value as { action?: unknown } | null)?.action;
  return typeof action === "string" ? action : null;
}
