import "server-only";
import { refusedSupportRead } from "@/lib/tickets/access";
import type { Actor } from "@/lib/tickets/actor";
import { csvDocument } from "@/lib/text/csv";
import type { ReportFilters } from "./filters";
import { ageReport, backlogReport, volumeReport } from "./volume";
import { slaReport, timesReport } from "./quality";
import { acceptanceReport, satisfactionReport } from "./outcomes";
import { analystsReport, knowledgeReport, topReport } from "./people";
import { reportGroupIds, type ReportScope } from "./scope";
import { cellText, REPORT_IDS, type ReportId, type ReportTable } from "./table";

type Build = (scope: ReportScope, timeZone: string) => Promise<ReportTable>;

/** Every report, in the page's order. */
export const REPORTS: Record<ReportId, Build> = {
  volume: volumeReport,
  backlog: backlogReport,
  idade: ageReport,
  "sla-grupo": (scope) => slaReport(scope, "groupId"),
  "sla-item": (scope) => slaReport(scope, "itemId"),
  "sla-organizacao": (scope) => slaReport(scope, "organizationId"),
  tempos: timesReport,
  aceitacao: acceptanceReport,
  satisfacao: satisfactionReport,
  conhecimento: knowledgeReport,
  "top-itens": (scope) => topReport(scope, "itemId"),
  "top-organizacoes": (scope) => topReport(scope, "organizationId"),
  analistas: analystsReport,
};

/** The scope of a support user's reports; null (and logged) for anyone else. */
async function scopeOf(actor: Actor, filters: ReportFilters, now: Date, read: string) {
  if (await refusedSupportRead(actor, read)) return null;
  return { groupIds: reportGroupIds(actor), filters, now };
}

/** One report for `actor`, or null when they may not read reports. */
export async function loadReport(
  actor: Actor,
  id: ReportId,
  filters: ReportFilters,
  clock: { now: Date; timeZone: string },
): Promise<ReportTable | null> {
  const scope = await scopeOf(actor, filters, clock.now, "reports.read");
  return scope ? REPORTS[id](scope, clock.timeZone) : null;
}

/** All the reports, in order. They run one after another: SQLite has one connection anyway. */
export async function loadReports(
  actor: Actor,
  filters: ReportFilters,
  clock: { now: Date; timeZone: string },
  ids: readonly ReportId[] = REPORT_IDS,
): Promise<ReportTable[] | null> {
  const scope = await scopeOf(actor, filters, clock.now, "reports.read");
  if (!scope) return null;
  const tables: ReportTable[] = [];
  for (const id of ids) tables.push(await REPORTS[id](scope, clock.timeZone));
  return tables;
}

/** A report as a CSV file (semicolons and BOM, as the hours export), with the period in its name. */
export function reportCsv(table: ReportTable, filters: ReportFilters) {
  return {
    fileName: `relatorio-${table.id}-${filters.from}-a-${filters.to}.csv`,
    csv: csvDocument([table.columns, ...table.rows.map((row) => row.map(cellText))]),
  };
}
