import { z } from "zod";
import { parseListAddress, type RawSearchParams } from "@/lib/lists/address";
import { isLocalDay } from "@/lib/time/zone";
import { addDays, daysBetween } from "./days";

/** The period presets of the filter ("periodo=90d"), newest first. */
export const PERIODS = {
  "7d": "Últimos 7 dias",
  "30d": "Últimos 30 dias",
  "90d": "Últimos 90 dias",
  "este-mes": "Este mês",
  "mes-passado": "Mês passado",
  "este-ano": "Este ano",
} as const;
export type PeriodPreset = keyof typeof PERIODS;

export const BUCKETS = { dia: "Dia", semana: "Semana", mes: "Mês" } as const;
export type Bucket = keyof typeof BUCKETS;

/** The longest period a report covers: a year and a day (a leap year, "este ano"). */
const MAX_DAYS = 366;

const id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w-]+$/);
const day = z.string().refine(isLocalDay);
const FIELDS = {
  periodo: z.enum(Object.keys(PERIODS) as [PeriodPreset, ...PeriodPreset[]]),
  de: day,
  ate: day,
  agrupar: z.enum(Object.keys(BUCKETS) as [Bucket, ...Bucket[]]),
  grupo: id,
  organizacao: id,
  item: id,
  analista: id,
};

export type ReportFilters = {
  from: string;
  to: string;
  bucket: Bucket;
  groupId?: string;
  organizationId?: string;
  itemId?: string;
  assigneeId?: string;
};

export function presetRange(preset: PeriodPreset, today: string): { from: string; to: string } {
  const month = today.slice(0, 8);
  switch (preset) {
    case "7d":
      return { from: addDays(today, -6), to: today };
    case "30d":
      return { from: addDays(today, -29), to: today };
    case "90d":
      return { from: addDays(today, -89), to: today };
    case "este-mes":
      return { from: `${month}01`, to: today };
    case "mes-passado": {
      const end = addDays(`${month}01`, -1);
      return { from: `${end.slice(0, 8)}01`, to: end };
    }
    case "este-ano":
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/**
 * The reports' filters from the address, so that a report can be bookmarked and shared: a preset
 * period or "de"/"ate" (the preset wins; the last 30 days by default), the grouping of the volume
 * chart and the dimensions. A bad value is dropped and `problem` says so, never a 500.
 */
export function readReportAddress(raw: RawSearchParams, today: string) {
  const { params, dropped } = parseListAddress(FIELDS, raw);
  let range = presetRange(params.periodo ?? "30d", today);
  let problem = dropped.length > 0;
  if (!params.periodo && params.de && params.ate) {
    const span = daysBetween(params.de, params.ate);
    if (span >= 0 && span < MAX_DAYS) range = { from: params.de, to: params.ate };
    else problem = true;
  }
  const filters: ReportFilters = {
    ...range,
    bucket: params.agrupar ?? (daysBetween(range.from, range.to) > 62 ? "semana" : "dia"),
    groupId: params.grupo,
    organizationId: params.organizacao,
    itemId: params.item,
    assigneeId: params.analista,
  };
  return {
    filters,
    preset: params.periodo ?? (params.de && params.ate && !problem ? undefined : "30d"),
    problem: problem
      ? "Alguns filtros do endereço eram inválidos e foram ignorados (o período tem no máximo um ano)."
      : undefined,
  };
}

/** The address of the reports (or their CSV) with these filters. */
export function reportQuery(filters: ReportFilters, preset?: PeriodPreset): string {
  const query = new URLSearchParams();
  if (preset) query.set("periodo", preset);
  else {
    query.set("de", filters.from);
    query.set("ate", filters.to);
  }
  query.set("agrupar", filters.bucket);
  const dims = [
    ["grupo", filters.groupId],
    ["organizacao", filters.organizationId],
    ["item", filters.itemId],
    ["analista", filters.assigneeId],
  ] as const;
  for (const [name, value] of dims) if (value) query.set(name, value);
  return query.toString();
}
