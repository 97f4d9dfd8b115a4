import "server-only";
import { db, Prisma } from "@/lib/db";
import { inList } from "@/lib/db/sql";
import { startOfDay, endOfDay } from "@/lib/time/zone";
import { bySummary, summarySql } from "./day-totals";
import { namesOf } from "./names";
import { periodSql, scopeSql, type ReportScope } from "./scope";
import { queryRows } from "./sql-rows";
import type { ReportTable } from "./table";

const TOP = 10;

/** "Mais solicitados": the catalogue items or organizations with the most tickets opened. */
export async function topReport(
  scope: ReportScope,
  dimension: "itemId" | "organizationId",
): Promise<ReportTable> {
  const { from, to } = scope.filters;
  // Per service, ReportDay has the counts (ORDER BY 1 too: the same order on both databases).
  const opened =
    dimension === "itemId" && bySummary(scope)
      ? Prisma.sql`SELECT "itemId" AS "key", SUM("opened") AS "n" FROM "ReportDay"
          WHERE "day" BETWEEN ${from} AND ${to} AND ${summarySql(scope)}
          GROUP BY 1 HAVING SUM("opened") > 0`
      : Prisma.sql`SELECT ${Prisma.raw(`"${dimension}"`)} AS "key", COUNT(*) AS "n"
          FROM "ReportTicket" WHERE ${periodSql("openedDay", scope.filters)} AND ${scopeSql(scope)}
          GROUP BY 1`;
  const rows = await queryRows<{ key: string; n: number }>(
    Prisma.sql`${opened} ORDER BY 2 DESC, 1 LIMIT ${TOP}`,
    ["n"],
  );
  const names = await namesOf(
    dimension,
    rows.map((r) => r.key),
  );
  const items = dimension === "itemId";
  return {
    id: items ? "top-itens" : "top-organizacoes",
    title: items ? "Serviços mais solicitados" : "Organizações que mais solicitaram",
    description: `Os ${TOP} ${items ? "serviços do catálogo" : "municípios e estados"} com mais solicitações abertas no período.`,
    columns: [items ? "Serviço" : "Organização", "Abertas"],
    rows: rows.map((r) => [names.get(r.key) ?? "—", r.n]),
    chart: "bars",
    plot: [1],
  };
}

/**
 * Minutes each analyst logged in the period on the tickets in scope, read from the entries and
 * joined on the ticket's key. As a relation filter, Prisma asks for the ids of every ticket in
 * the actor's groups first, and SQLite would read those tickets to look up their entries: CROSS
 * JOIN keeps the entries outside (SQLite's join-order rule; PostgreSQL plans it as any join).
 */
function loggedMinutes({ filters, groupIds }: ReportScope) {
  const where = [Prisma.sql`"e"."workDate" BETWEEN ${filters.from} AND ${filters.to}`];
  if (groupIds) where.push(Prisma.sql`"t".${inList("groupId", groupIds)}`);
  const dims = [
    ["t", "groupId", filters.groupId],
    ["t", "itemId", filters.itemId],
    ["e", "organizationId", filters.organizationId],
    ["e", "agentId", filters.assigneeId],
  ] as const;
  for (const [table, column, value] of dims) {
    if (value) where.push(Prisma.sql`${Prisma.raw(`"${table}"."${column}"`)} = ${value}`);
  }
  return queryRows<{ key: string; n: number }>(
    Prisma.sql`SELECT "e"."agentId" AS "key", SUM("e"."minutes") AS "n" FROM "TimeEntry" "e"
      CROSS JOIN "Ticket" "t" WHERE "t"."id" = "e"."ticketId" AND ${Prisma.join(where, " AND ")}
      GROUP BY 1`,
    ["n"],
  );
}

/** "Analistas": tickets each analyst solved in the period and the hours they logged on tickets. */
export async function analystsReport(scope: ReportScope): Promise<ReportTable> {
  const { filters } = scope;
  const [solved, logged] = await Promise.all([
    queryRows<{ key: string; n: number }>(
      Prisma.sql`SELECT "assigneeId" AS "key", COUNT(*) AS "n" FROM "ReportTicket"
        WHERE ${periodSql("solvedDay", filters)} AND ${scopeSql(scope)} AND "assigneeId" IS NOT NULL
        GROUP BY 1`,
      ["n"],
    ),
    loggedMinutes(scope),
  ]);
  const minutes = new Map(logged.map((l) => [l.key, l.n]));
  const solvedBy = new Map(solved.map((s) => [s.key, s.n]));
  const ids = [...new Set([...solvedBy.keys(), ...minutes.keys()])];
  const names = await namesOf("assigneeId", ids);
  const rows = ids
    .map(
      (id) =>
        [
          names.get(id) ?? "—",
          solvedBy.get(id) ?? 0,
          Math.round((minutes.get(id) ?? 0) / 6) / 10,
        ] as [string, number, number],
    )
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "pt-BR"));
  return {
    id: "analistas",
    title: "Analistas",
    description: "Solicitações resolvidas por analista no período e horas lançadas nos chamados.",
    columns: ["Analista", "Resolvidas", "Horas lançadas"],
    rows,
    chart: "bars",
    plot: [1],
  };
}

/** "Base de conhecimento": requests avoided ("Isso resolveu meu problema") in the period. */
export async function knowledgeReport(scope: ReportScope, timeZone: string): Promise<ReportTable> {
  const { filters, groupIds } = scope;
  const item = {
    ...(groupIds ? { groupId: { in: groupIds } } : {}),
    ...(filters.groupId ? { AND: [{ groupId: filters.groupId }] } : {}),
  };
  const rows = await db.deflectionEvent.groupBy({
    by: ["kind"],
    where: {
      createdAt: { gte: startOfDay(filters.from, timeZone), lt: endOfDay(filters.to, timeZone) },
      item,
      ...(filters.itemId ? { itemId: filters.itemId } : {}),
      ...(filters.organizationId ? { user: { organizationId: filters.organizationId } } : {}),
    },
    _count: { _all: true },
  });
  const count = (kind: string) => rows.find((r) => r.kind === kind)?._count._all ?? 0;
  return {
    id: "conhecimento",
    title: "Base de conhecimento",
    description: `${count("RESOLVED")} solicitações evitadas por artigos sugeridos no formulário (${count("SHOWN")} sugestões mostradas, ${count("OPENED")} abertas).`,
    columns: ["Medida", "Quantidade"],
    rows: [
      ["Sugestões mostradas", count("SHOWN")],
      ["Artigos abertos", count("OPENED")],
      ["Solicitações evitadas", count("RESOLVED")],
    ],
    chart: "bars",
    plot: [1],
  };
}
