import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getPortalTime } from "@/lib/time/portal-time";
import { agentDashboard } from "@/lib/tickets/dashboard";
import { ticketUrl } from "@/lib/tickets/links";
import { QUEUE_MENU } from "@/lib/tickets/queue-names";
import { STATE_LABELS } from "@/lib/tickets/states";
import { Panel } from "@/components/ui/panel";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { SUPPORT_ROLES } from "@/lib/auth/roles";
import { RATING_STATS_DAYS } from "@/lib/tickets/rating-stats";
import { RatingFigures } from "@/components/agent/rating-figures";

export const metadata: Metadata = { title: "Painel" };

type Summary = NonNullable<Awaited<ReturnType<typeof agentDashboard>>>["oldest"][number];

async function TicketList({
  tickets,
  date,
}: {
  tickets: Summary[];
  date: (t: Summary) => Date | null;
}) {
  if (tickets.length === 0) return <p className="text-sm text-slate-600">Nenhum.</p>;
  const time = await getPortalTime();
  return (
    <ul className="space-y-1 text-sm">
      {tickets.map((t) => (
        <li key={t.id}>
          <Link href={ticketUrl(t.number)} className="font-medium text-brand-700 underline">
            {t.number}
          </Link>{" "}
          {t.item.title} · {t.organization.name} · {t.group.name} · {STATE_LABELS[t.state]}
          {date(t) ? ` · ${time.dateTime(date(t)!)}` : ""}
        </li>
      ))}
    </ul>
  );
}

/** The agent dashboard: where the work is and what is late. */
export default async function DashboardPage() {
  const user = await requireRole("/agente/painel", ...SUPPORT_ROLES);
  const data = await agentDashboard(user);
  if (!data) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ name: "Filas", href: "/agente" }]} current="Painel" />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">Painel</h1>
        <Link href="/relatorios" className="text-brand-700 underline">
          Relatórios: histórico, SLA e exportação
        </Link>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Panel title="Por fila">
          <ul className="space-y-1 text-sm">
            {QUEUE_MENU.map((q) => (
              <li key={q.slug} className="flex justify-between">
                <Link href={`/agente?fila=${q.slug}`} className="text-brand-700 underline">
                  {q.label}
                </Link>
                <span className="font-semibold">{data.queues[q.name]}</span>
              </li>
            ))}
          </ul>
        </Panel>
        <Panel title="Em aberto por grupo">
          {data.perGroup.length === 0 ? (
            <p className="text-sm text-slate-600">Nenhum.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {data.perGroup.map((g) => (
                <li key={g.name} className="flex justify-between">
                  <span>{g.name}</span>
                  <span className="font-semibold">{g.count}</span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel title="SLA estourado">
          <TicketList tickets={data.breached} date={(t) => t.resolutionDueAt} />
        </Panel>
        <Panel title="SLA vence na próxima hora">
          <TicketList tickets={data.nearBreach} date={(t) => t.resolutionDueAt} />
        </Panel>
        <Panel title="Abertos há mais tempo">
          <TicketList tickets={data.oldest} date={(t) => t.createdAt} />
        </Panel>
        <Panel title={`Avaliações dos últimos ${RATING_STATS_DAYS} dias`}>
          <RatingFigures caption="Por grupo" rows={data.ratings.perGroup} />
          <RatingFigures caption="Por analista" rows={data.ratings.perAnalyst} />
        </Panel>
      </div>
    </div>
  );
}
