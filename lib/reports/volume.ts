import "server-only";
import { addDays, dayLabel, daysBetween, eachDay, mondayOf } from "./days";
import type { Bucket } from "./filters";
import { dayTotals, openAtEndOf, openAtStartOf } from "./day-totals";
import type { ReportScope } from "./scope";
import type { ReportTable } from "./table";

const bucketOf = (day: string, bucket: Bucket) =>
  bucket === "dia" ? day : bucket === "semana" ? mondayOf(day) : day.slice(0, 7);
const bucketLabel = (key: string, bucket: Bucket) =>
  bucket === "mes" ? key.split("-").reverse().join("/") : dayLabel(key);

/** "Volume": opened, solved, closed and cancelled per day, week (from Monday) or month. */
export async function volumeReport(scope: ReportScope): Promise<ReportTable> {
  const { filters } = scope;
  const days = await dayTotals(scope);
  const keys = [
    ...new Set(eachDay(filters.from, filters.to).map((d) => bucketOf(d, filters.bucket))),
  ];
  const totals = new Map(keys.map((k) => [k, [0, 0, 0, 0]]));
  for (const day of days) {
    const total = totals.get(bucketOf(day.day, filters.bucket))!;
    [day.opened, day.solved, day.ended, day.cancelled].forEach((n, i) => (total[i]! += n));
  }
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

/** "Backlog": the tickets still open at the end of each day of the period. */
export async function backlogReport(scope: ReportScope): Promise<ReportTable> {
  const { filters } = scope;
  const [start, days] = await Promise.all([openAtStartOf(filters.from, scope), dayTotals(scope)]);
  const change = new Map(days.map((d) => [d.day, d.opened - d.ended - d.cancelled]));
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
  const byDay = await openAtEndOf(end, scope);
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
