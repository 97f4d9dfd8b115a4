import "server-only";
import { Prisma } from "@/lib/db";
import { addDays, dayLabel, daysBetween, eachDay, mondayOf } from "./days";
import type { Bucket } from "./filters";
import { periodSql, scopeSql, type ReportScope } from "./scope";
import { queryRows } from "./sql-rows";
import type { ReportTable } from "./table";

type DayCount = { day: string; n: number };

const countByDay = (column: "openedDay" | "solvedDay", scope: ReportScope) =>
  queryRows<DayCount>(
    Prisma.sql`SELECT ${Prisma.raw(`"${column}"`)} AS "day", COUNT(*) AS "n" FROM "ReportTicket"
      WHERE ${periodSql(column, scope.filters)} AND ${scopeSql(scope)} GROUP BY 1`,
    ["n"],
  );

const endedByDay = (scope: ReportScope) =>
  queryRows<DayCount & { outcome: string }>(
    Prisma.sql`SELECT "endedDay" AS "day", "outcome", COUNT(*) AS "n" FROM "ReportTicket"
      WHERE ${periodSql("endedDay", scope.filters)} AND ${scopeSql(scope)} GROUP BY 1, 2`,
    ["n"],
  );

const bucketOf = (day: string, bucket: Bucket) =>
  bucket === "dia" ? day : bucket === "semana" ? mondayOf(day) : day.slice(0, 7);
const bucketLabel = (key: string, bucket: Bucket) =>
  bucket === "mes" ? key.split("-").reverse().join("/") : dayLabel(key);

/** "Volume": opened, solved, closed and cancelled per day, week (from Monday) or month. */
export async function volumeReport(scope: ReportScope): Promise<ReportTable> {
  const { filters } = scope;
  const [opened, solved, ended] = await Promise.all([
    countByDay("openedDay", scope),
    countByDay("solvedDay", scope),
    endedByDay(scope),
  ]);
  const keys = [
    ...new Set(eachDay(filters.from, filters.to).map((d) => bucketOf(d, filters.bucket))),
  ];
  const totals = new Map(keys.map((k) => [k, [0, 0, 0, 0]]));
  const add = (day: string, column: number, n: number) => {
    totals.get(bucketOf(day, filters.bucket))![column]! += n;
  };
  for (const row of opened) add(row.day, 0, row.n);
  for (const row of solved) add(row.day, 1, row.n);
  for (const row of ended) add(row.day, row.outcome === "CANCELLED" ? 3 : 2, row.n);
  const rows = keys.map((k) => [bucketLabel(k, filters.bucket), ...totals.get(k)!]);
  const sum = (i: number) => rows.reduce((s, r) => s + (r[i] as number), 0);
  return {
    id: "volume",
    title: "Volume",
    description: `Solicitações abertas, resolvidas, fechadas e canceladas por ${filters.bucket === "mes" ? "mês" : filters.bucket}: ${sum(1)} abertas, ${sum(2)} resolvidas, ${sum(3)} fechadas e ${sum(4)} canceladas no período.`,
    columns: [
      filters.bucket === "semana" ? "Semana de" : filters.bucket === "mes" ? "Mês" : "Dia",
      "Abertas",
      "Resolvidas",
      "Fechadas",
      "Canceladas",
    ],
    rows,
    chart: "bars",
  };
}

/** Tickets opened before `day` and not ended before it: the backlog as that day began. */
const openAtStartOf = async (day: string, scope: ReportScope) => {
  const [row] = await queryRows<{ n: number }>(
    Prisma.sql`SELECT COUNT(*) AS "n" FROM "ReportTicket" WHERE "openedDay" < ${day}
      AND ("endedDay" IS NULL OR "endedDay" >= ${day}) AND ${scopeSql(scope)}`,
    ["n"],
  );
  return row!.n;
};

/** "Backlog": the tickets still open at the end of each day of the period. */
export async function backlogReport(scope: ReportScope): Promise<ReportTable> {
  const { filters } = scope;
  const [start, opened, ended] = await Promise.all([
    openAtStartOf(filters.from, scope),
    countByDay("openedDay", scope),
    endedByDay(scope),
  ]);
  const change = new Map<string, number>();
  for (const r of opened) change.set(r.day, (change.get(r.day) ?? 0) + r.n);
  for (const r of ended) change.set(r.day, (change.get(r.day) ?? 0) - r.n);
  let open = start;
  const rows = eachDay(filters.from, filters.to).map((day) => {
    open += change.get(day) ?? 0;
    return [dayLabel(day), open];
  });
  return {
    id: "backlog",
    title: "Backlog",
    description: `Solicitações em aberto ao fim de cada dia: ${start} no início do período, ${open} ao fim.`,
    columns: ["Dia", "Em aberto"],
    rows,
    chart: "lines",
  };
}

const AGES = [
  ["Até 1 dia", 1],
  ["2 a 7 dias", 7],
  ["8 a 30 dias", 30],
  ["31 a 90 dias", 90],
  ["Mais de 90 dias", Infinity],
] as const;

/** "Idade do backlog": how long the tickets open at the end of the period had been open. */
export async function ageReport(scope: ReportScope): Promise<ReportTable> {
  const end = scope.filters.to;
  // Still open now, or ended after the period: two ranges of the endedDay index, read whole.
  const openAt = (ended: Prisma.Sql) =>
    Prisma.sql`SELECT "openedDay" AS "day", COUNT(*) AS "n" FROM "ReportTicket"
      WHERE ${ended} AND "openedDay" <= ${end} AND ${scopeSql(scope)} GROUP BY 1`;
  const byDay = await queryRows<DayCount>(
    Prisma.sql`${openAt(Prisma.sql`"endedDay" IS NULL`)} UNION ALL ${openAt(Prisma.sql`"endedDay" > ${end}`)}`,
    ["n"],
  );
  const counts = AGES.map(() => 0);
  for (const row of byDay) {
    const age = daysBetween(row.day, addDays(end, 1));
    counts[AGES.findIndex(([, most]) => age <= most)]! += row.n;
  }
  const total = counts.reduce((a, b) => a + b, 0);
  return {
    id: "idade",
    title: "Idade do backlog",
    description: `Das ${total} solicitações em aberto ao fim do período, quantas estão abertas há quanto tempo (em dias corridos).`,
    columns: ["Idade", "Solicitações"],
    rows: AGES.map(([label], i) => [label, counts[i]!]),
    chart: "bars",
  };
}
