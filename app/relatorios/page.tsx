import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { SUPPORT_ROLES } from "@/lib/auth/roles";
import { getPortalTime } from "@/lib/time/portal-time";
import { readReportAddress, reportQuery } from "@/lib/reports/filters";
import { reportFilterOptions } from "@/lib/reports/options";
import { loadReports } from "@/lib/reports/reports";
import { isSubscribed } from "@/lib/reports/subscriptions";
import { dayLabel } from "@/lib/reports/days";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ListNotice } from "@/components/ui/list-notice";
import { PrintButton } from "@/components/reports/print-button";
import { ReportFigure } from "@/components/reports/report-figure";
import { ReportFiltersForm } from "@/components/reports/report-filters";
import { SubscriptionToggle } from "@/components/reports/subscription-toggle";

export const metadata: Metadata = { title: "Relatórios" };

/**
 * "Relatórios": how the service did over a period, for analysts (their groups) and admins
 * (everything): charts with their numbers as tables, each exportable as CSV, printable, with
 * the filters in the address.
 */
export default async function ReportsPage({ searchParams }: PageProps<"/relatorios">) {
  const raw = await searchParams;
  const time = await getPortalTime();
  const { filters, preset, problem } = readReportAddress(raw, time.today);
  const query = reportQuery(filters, preset);
  const user = await requireRole(`/relatorios?${query}`, ...SUPPORT_ROLES);
  const [tables, options, subscribed] = await Promise.all([
    loadReports(user, filters, time),
    reportFilterOptions(user),
    isSubscribed(user),
  ]);
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ name: "Filas", href: "/agente" }]} current="Relatórios" />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">Relatórios</h1>
        <PrintButton />
      </div>
      <p className="text-slate-700">
        De {dayLabel(filters.from)} a {dayLabel(filters.to)}
        {user.role === "ADMIN" ? ", todos os grupos" : ", dos seus grupos"}. Tempos em horas úteis
        (horário de atendimento, sem fins de semana e feriados); números atualizados a cada minuto.
      </p>
      <ListNotice problem={problem} />
      <ReportFiltersForm filters={filters} preset={preset} options={options} />
      <SubscriptionToggle subscribed={subscribed} />
      <div className="space-y-6">
        {(tables ?? []).map((table) => (
          <ReportFigure
            key={table.id}
            table={table}
            csvHref={`/relatorios/exportar?relatorio=${table.id}&${query}`}
          />
        ))}
      </div>
    </div>
  );
}
