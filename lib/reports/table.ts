/**
 * What every report is: a titled table, with a sentence that describes it (the chart's text for
 * screen readers). The page draws a chart from it and shows it as a table; the CSV is the same
 * table, so the three never disagree.
 */
export type Cell = string | number;
export type ReportTable = {
  id: ReportId;
  title: string;
  description: string;
  columns: string[];
  rows: Cell[][];
  /** How the page draws it: over time (lines), by category (bars), or a table alone. */
  chart: "lines" | "bars" | "none";
  /** The columns the chart draws (default: every column after the first). */
  plot?: number[];
};

/** The columns a table's chart draws. */
export const plottedColumns = (table: ReportTable) =>
  table.plot ?? table.columns.map((_, i) => i).slice(1);

export const REPORT_IDS = [
  "volume",
  "backlog",
  "idade",
  "sla-grupo",
  "sla-item",
  "sla-organizacao",
  "tempos",
  "aceitacao",
  "satisfacao",
  "conhecimento",
  "top-itens",
  "top-organizacoes",
  "analistas",
] as const;
export type ReportId = (typeof REPORT_IDS)[number];

/** A number as the tables and the CSV show it: whole, or with one decimal and a comma. */
export function cellText(cell: Cell): string {
  if (typeof cell === "string") return cell;
  return Number.isInteger(cell) ? String(cell) : cell.toFixed(1).replace(".", ",");
}

/** A share in percent with one decimal (0 when there is nothing to share). */
export const percent = (part: number, whole: number) =>
  whole ? Math.round((part / whole) * 1000) / 10 : 0;

/** Business minutes as business hours with one decimal. */
export const hours = (minutes: number | null) =>
  minutes === null ? "—" : Math.round(minutes / 6) / 10;
