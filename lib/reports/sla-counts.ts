import "server-only";
import { Prisma } from "@/lib/db";
import { bySummary, summarySql } from "./day-totals";
import { periodSql, scopeSql, type ReportScope } from "./scope";
import { queryRows } from "./sql-rows";

export type SlaDimension = "groupId" | "itemId" | "organizationId";
type Counted = { key: string; met: number; breached: number };

const yes = (column: string) => Prisma.raw(`CASE WHEN "${column}" THEN 1 ELSE 0 END`);
const no = (column: string) => Prisma.raw(`CASE WHEN NOT "${column}" THEN 1 ELSE 0 END`);

/**
 * First responses (of the tickets opened in the period) and solutions (of those solved in it)
 * in time and late, per group, service or organization. Per group or service, ReportDay has the
 * decided ones; the tickets still unanswered and past their due date (late as of the report's
 * moment) come from the facts, a filter with no sums over the period's rows.
 */
export async function slaCounts(scope: ReportScope, dimension: SlaDimension) {
  const key = Prisma.raw(`"${dimension}"`);
  const opened = Prisma.sql`${periodSql("openedDay", scope.filters)} AND ${scopeSql(scope)}`;
  const overdue = Prisma.sql`"firstResponseMet" IS NULL AND "firstResponseMinutes" IS NULL
    AND "endedDay" IS NULL AND "firstResponseDueAt" < ${scope.now}`;
  if (dimension !== "organizationId" && bySummary(scope)) {
    const { from, to } = scope.filters;
    const summed = (met: string, missed: string) =>
      queryRows<Counted>(
        Prisma.sql`SELECT ${key} AS "key", SUM(${Prisma.raw(`"${met}"`)}) AS "met",
          SUM(${Prisma.raw(`"${missed}"`)}) AS "breached" FROM "ReportDay"
          WHERE "day" BETWEEN ${from} AND ${to} AND ${summarySql(scope)} GROUP BY 1`,
        ["met", "breached"],
      );
    const [first, late, solution] = await Promise.all([
      summed("frMet", "frMissed"),
      queryRows<Counted>(
        Prisma.sql`SELECT ${key} AS "key", 0 AS "met", COUNT(*) AS "breached" FROM "ReportTicket"
          WHERE ${opened} AND ${overdue} GROUP BY 1`,
        ["met", "breached"],
      ),
      summed("solMet", "solMissed"),
    ]);
    return { first: [...first, ...late], solution };
  }
  const [first, solution] = await Promise.all([
    queryRows<Counted>(
      Prisma.sql`SELECT ${key} AS "key", SUM(${yes("firstResponseMet")}) AS "met",
        SUM(CASE WHEN NOT "firstResponseMet" OR (${overdue}) THEN 1 ELSE 0 END) AS "breached"
        FROM "ReportTicket" WHERE ${opened} GROUP BY 1`,
      ["met", "breached"],
    ),
    queryRows<Counted>(
      Prisma.sql`SELECT ${key} AS "key", SUM(${yes("solutionMet")}) AS "met",
        SUM(${no("solutionMet")}) AS "breached" FROM "ReportTicket"
        WHERE ${periodSql("solvedDay", scope.filters)} AND ${scopeSql(scope)} GROUP BY 1`,
      ["met", "breached"],
    ),
  ]);
  return { first, solution };
}
