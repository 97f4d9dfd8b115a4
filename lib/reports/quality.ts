import "server-only";
import { Prisma } from "@/lib/db";
import { namesOf } from "./names";
import { periodSql, scopeSql, type ReportScope } from "./scope";
import { slaCounts } from "./sla-counts";
import { queryRows } from "./sql-rows";
import { hours, percent, type ReportTable } from "./table";

const SLA_TITLES = {
  groupId: ["sla-grupo", "SLA por grupo", "Grupo"],
  itemId: ["sla-item", "SLA por serviço", "Serviço"],
  organizationId: ["sla-organizacao", "SLA por organização", "Organização"],
} as const;

type SlaRow = {
  key: string;
  frMet: number;
  frBreached: number;
  solMet: number;
  solBreached: number;
};

/**
 * "SLA": first response (of the tickets opened in the period; unanswered past its due date
 * counts as breached) and solution (of the tickets solved in the period), met and breached.
 */
export async function slaReport(
  scope: ReportScope,
  dimension: keyof typeof SLA_TITLES,
): Promise<ReportTable> {
  const { first, solution } = await slaCounts(scope, dimension);
  const byKey = new Map<string, SlaRow>();
  const row = (k: string) => {
    if (!byKey.has(k)) byKey.set(k, { key: k, frMet: 0, frBreached: 0, solMet: 0, solBreached: 0 });
    return byKey.get(k)!;
  };
  for (const r of first) {
    row(r.key).frMet += r.met;
    row(r.key).frBreached += r.breached;
  }
  for (const r of solution) Object.assign(row(r.key), { solMet: r.met, solBreached: r.breached });
  const names = await namesOf(dimension, [...byKey.keys()]);
  const rows = [...byKey.values()]
    .filter((r) => r.frMet + r.frBreached + r.solMet + r.solBreached > 0)
    .map((r) => ({ ...r, name: names.get(r.key) ?? "—" }))
    .sort((a, b) => a.name.localeCompare(b.name, "pt-BR"));
  const [id, title, label] = SLA_TITLES[dimension];
  return {
    id,
    title,
    description: `Percentual de primeiras respostas e de soluções dentro do prazo (SLA) por ${label.toLowerCase()}, em horas úteis.`,
    columns: [
      label,
      "1ª resposta no prazo (%)",
      "1ª resposta no prazo",
      "1ª resposta atrasada",
      "Solução no prazo (%)",
      "Solução no prazo",
      "Solução atrasada",
    ],
    rows: rows.map((r) => [
      r.name,
      percent(r.frMet, r.frMet + r.frBreached),
      r.frMet,
      r.frBreached,
      percent(r.solMet, r.solMet + r.solBreached),
      r.solMet,
      r.solBreached,
    ]),
    chart: "bars",
    plot: [1, 4],
  };
}

/**
 * Median (the mean of the two middle values for an even count) and 90th percentile (nearest
 * rank: the ceil(0.9 n)-th) of a duration column, from the count of tickets per value: far
 * fewer rows than tickets (minutes repeat), and no ranking of every ticket by the database.
 */
async function durationFigures(column: string, day: "openedDay" | "solvedDay", scope: ReportScope) {
  const value = Prisma.raw(`"${column}"`);
  const counts = await queryRows<{ m: number; c: number }>(
    Prisma.sql`SELECT ${value} AS "m", COUNT(*) AS "c" FROM "ReportTicket"
      WHERE ${periodSql(day, scope.filters)} AND ${scopeSql(scope)} AND ${value} IS NOT NULL
      GROUP BY 1`,
    ["m", "c"],
  );
  counts.sort((a, b) => a.m - b.m);
  const n = counts.reduce((sum, row) => sum + row.c, 0);
  if (n === 0) return { n, median: null, p90: null };
  const at = (rank: number) => {
    let upTo = 0;
    return counts.find((row) => (upTo += row.c) >= rank)!.m;
  };
  return {
    n,
    median: (at(Math.floor((n + 1) / 2)) + at(Math.floor((n + 2) / 2))) / 2,
    p90: at(Math.floor((9 * n + 9) / 10)),
  };
}

/** "Tempos": median and 90th percentile of first response and of solution, in business hours. */
export async function timesReport(scope: ReportScope): Promise<ReportTable> {
  const [first, solution] = await Promise.all([
    durationFigures("firstResponseMinutes", "openedDay", scope),
    durationFigures("solutionMinutes", "solvedDay", scope),
  ]);
  return {
    id: "tempos",
    title: "Tempo de primeira resposta e de solução",
    description: `Mediana e percentil 90 em horas úteis (horário de atendimento, sem fins de semana e feriados): primeira resposta das abertas no período, solução das resolvidas no período. Mediana da solução: ${hours(solution.median)} h.`,
    columns: ["Medida", "Solicitações", "Mediana (horas úteis)", "Percentil 90 (horas úteis)"],
    rows: [
      ["Primeira resposta", first.n, hours(first.median), hours(first.p90)],
      ["Solução", solution.n, hours(solution.median), hours(solution.p90)],
    ],
    chart: "bars",
    plot: [2, 3],
  };
}
