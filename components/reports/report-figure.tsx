import { cellText, plottedColumns, type ReportTable } from "@/lib/reports/table";
import { BarChart } from "./bar-chart";
import { Legend } from "./chart-style";
import { LineChart } from "./line-chart";

/**
 * One report: its chart in a <figure> named for it and described by its caption (the chart
 * itself is hidden from screen readers), then the same numbers as a table, and its CSV.
 */
export function ReportFigure({ table, csvHref }: { table: ReportTable; csvHref: string }) {
  const id = `relatorio-${table.id}`;
  const columns = plottedColumns(table);
  const categories = table.rows.map((row) => String(row[0]));
  const series = columns.map((i) => ({
    name: table.columns[i]!,
    values: table.rows.map((row) => (typeof row[i] === "number" ? (row[i] as number) : 0)),
  }));
  return (
    <section
      aria-labelledby={`${id}-titulo`}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 break-inside-avoid print:border-0 print:p-0"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-titulo`} className="text-lg font-semibold">
          {table.title}
        </h2>
        <a href={csvHref} download className="text-sm text-brand-700 underline print:hidden">
          Baixar CSV<span className="sr-only"> de {table.title}</span>
        </a>
      </div>
      {table.rows.length === 0 ? (
        <p className="text-sm text-slate-600">Nada a mostrar no período.</p>
      ) : (
        <figure
          aria-label={`Gráfico: ${table.title}`}
          aria-describedby={`${id}-descricao`}
          className="space-y-2"
        >
          <Legend chartId={id} names={series.map((s) => s.name)} lines={table.chart === "lines"} />
          {table.chart === "lines" ? (
            <LineChart categories={categories} series={series} />
          ) : (
            <BarChart
              chartId={id}
              categories={categories}
              series={series}
              across={table.id === "volume"}
            />
          )}
          <figcaption id={`${id}-descricao`} className="text-sm text-slate-700">
            {table.description} Os números estão na tabela a seguir.
          </figcaption>
        </figure>
      )}
      {/* A scrolling box is reached and scrolled by keyboard too: a named, focusable region. */}
      <div
        role="region"
        aria-label={`${table.title}: tabela`}
        tabIndex={0}
        className="max-h-80 overflow-auto rounded border border-slate-200 print:max-h-none print:overflow-visible"
      >
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{table.title}: números</caption>
          <thead className="sticky top-0 bg-slate-100 text-slate-700">
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col" className="px-3 py-1.5">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} className="border-t border-slate-100">
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row" className="px-3 py-1 font-normal">
                      {cellText(cell)}
                    </th>
                  ) : (
                    <td key={c} className="px-3 py-1 tabular-nums">
                      {cellText(cell)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
