import "server-only";
import { Prisma } from "@/lib/db";
import { inList } from "@/lib/db/sql";
import { periodSql, scopeSql, type ReportScope } from "./scope";
import { queryRows } from "./sql-rows";

/**
 * The day counts of the volume, backlog and age reports, from ReportDay (sums per day, group and
 * service) when neither an organization nor an analyst is filtered, else from the tickets'
 * facts, which those narrow down to a few thousand rows.
 */
export const bySummary = ({ filters }: ReportScope) =>
  !filters.organizationId && !filters.assigneeId;

/** ReportDay's condition for the scope: the actor's groups, the group and service filters. */
export function summarySql({ groupIds, filters }: ReportScope): Prisma.Sql {
  const parts = [Prisma.sql`1 = 1`];
  if (groupIds) parts.push(inList("groupId", groupIds));
  if (filters.groupId) parts.push(Prisma.sql`"groupId" = ${filters.groupId}`);
  if (filters.itemId) parts.push(Prisma.sql`"itemId" = ${filters.itemId}`);
  return Prisma.join(parts, " AND ");
}

export type DayTotal = {
  day: string;
  opened: number;
  solved: number;
  ended: number;
  cancelled: number;
};
const TOTALS = ["opened", "solved", "ended", "cancelled"] as const;

/** Tickets opened, solved, closed (not cancelled) and cancelled on each day of the period. */
export async function dayTotals(scope: ReportScope): Promise<DayTotal[]> {
  const { from, to } = scope.filters;
  if (bySummary(scope)) {
    return queryRows<DayTotal>(
      Prisma.sql`SELECT "day", SUM("opened") AS "opened", SUM("solved") AS "solved",
        SUM("accepted" + "autoClosed" + "infoClosed") AS "ended", SUM("cancelled") AS "cancelled"
        FROM "ReportDay" WHERE "day" BETWEEN ${from} AND ${to} AND ${summarySql(scope)} GROUP BY 1`,
      TOTALS,
    );
  }
  const count = (column: "openedDay" | "solvedDay" | "endedDay", what: Prisma.Sql) =>
    Prisma.sql`SELECT ${Prisma.raw(`"${column}"`)} AS "day", ${what} FROM "ReportTicket"
      WHERE ${periodSql(column, scope.filters)} AND ${scopeSql(scope)} GROUP BY 1`;
  const none = Prisma.raw("0");
  const cancelled = Prisma.sql`CASE WHEN "outcome" = 'CANCELLED' THEN 1 ELSE 0 END`;
  // One row per day and count (the others 0), added up below: three ranges of three indexes.
  return queryRows<DayTotal>(
    Prisma.sql`SELECT "day", SUM("opened") AS "opened", SUM("solved") AS "solved",
      SUM("ended") AS "ended", SUM("cancelled") AS "cancelled" FROM (
        ${count("openedDay", Prisma.sql`COUNT(*) AS "opened", ${none} AS "solved", ${none} AS "ended", ${none} AS "cancelled"`)}
        UNION ALL ${count("solvedDay", Prisma.sql`0, COUNT(*), 0, 0`)}
        UNION ALL ${count("endedDay", Prisma.sql`0, 0, COUNT(*) - SUM(${cancelled}), SUM(${cancelled})`)}
      ) "counts" GROUP BY 1`,
    TOTALS,
  );
}

/** Tickets opened before `day` and not ended before it: the backlog as that day began. */
export async function openAtStartOf(day: string, scope: ReportScope): Promise<number> {
  const [row] = bySummary(scope)
    ? await queryRows<{ n: number }>(
        Prisma.sql`SELECT SUM("opened" - "accepted" - "autoClosed" - "infoClosed" - "cancelled")
          AS "n" FROM "ReportDay" WHERE "day" < ${day} AND ${summarySql(scope)}`,
        ["n"],
      )
    : await queryRows<{ n: number }>(
        Prisma.sql`SELECT COUNT(*) AS "n" FROM "ReportTicket" WHERE "openedDay" < ${day}
          AND ("endedDay" IS NULL OR "endedDay" >= ${day}) AND ${scopeSql(scope)}`,
        ["n"],
      );
  return row?.n ?? 0;
}

/** The tickets open at the end of `end` (not ended yet, or ended after it), per day opened. */
export async function openAtEndOf(end: string, scope: ReportScope) {
  // Ended after `end`: a range of the endedDay index (none when the period ends today), grouped
  // in that index's order. Grouped by the day opened alone, or with "openedDay <= end", SQLite
  // reads every ticket in the openedDay index's order instead; those opened after `end` are
  // dropped below.
  const endedAfter = Prisma.sql`SELECT "openedDay" AS "day", COUNT(*) AS "n" FROM "ReportTicket"
    WHERE "endedDay" > ${end} AND ${scopeSql(scope)} GROUP BY "endedDay", "openedDay"`;
  const notEnded = bySummary(scope)
    ? Prisma.sql`SELECT "day", SUM("stillOpen") AS "n" FROM "ReportDay"
        WHERE "day" <= ${end} AND ${summarySql(scope)} GROUP BY 1`
    : Prisma.sql`SELECT "openedDay" AS "day", COUNT(*) AS "n" FROM "ReportTicket"
        WHERE "endedDay" IS NULL AND "openedDay" <= ${end} AND ${scopeSql(scope)} GROUP BY 1`;
  const rows = await queryRows<{ day: string; n: number }>(
    Prisma.sql`${notEnded} UNION ALL ${endedAfter}`,
    ["n"],
  );
  return rows.filter((row) => row.day <= end);
}
