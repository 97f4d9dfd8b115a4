import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { getPortalTime } from "@/lib/time/portal-time";
import { ticketUrl } from "@/lib/tickets/links";
import {
  QUEUE_LIST,
  readTicketList,
  TICKET_PAGE_SIZE,
  ticketListHref,
} from "@/lib/tickets/list-params";
import { listQueue } from "@/lib/tickets/queues";
import { countQueues } from "@/lib/tickets/queue-counts";
import { QUEUE_MENU, queueBySlug } from "@/lib/tickets/queue-names";
import { queueOptions } from "@/lib/tickets/queue-options";
import { STATE_LABELS } from "@/lib/tickets/states";
import { turnLabel } from "@/lib/tickets/turns";
import { QueueTable } from "@/components/agent/queue-table";
import { NumberAndStateFilters } from "@/components/tickets/number-and-state-filters";
import { SlaBadge } from "@/components/tickets/sla-badge";
import { FilterSelect } from "@/components/ui/filter-select";
import { SearchPicker } from "@/components/ui/search-picker";
import { ListNotice } from "@/components/ui/list-notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { SUPPORT_ROLES } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Filas de atendimento" };

/** The agent workspace: the queues of the agent's groups (admins: all), filters and bulk actions. */
export default async function AgentQueues({ searchParams }: PageProps<"/agente">) {
  const { params: asked, problem } = readTicketList(QUEUE_LIST, await searchParams);
  const queue = queueBySlug(asked.queue);
  const params = { ...asked, queue: queue.slug };
  const user = await requireRole(ticketListHref(QUEUE_LIST, "/agente", params), ...SUPPORT_ROLES);
  const [page, counts, options, time] = await Promise.all([
    listQueue(user, queue.name, {
      ...params,
      ...params.filters,
      pageSize: TICKET_PAGE_SIZE,
    }),
    countQueues(user),
    queueOptions(user, {
      organizationId: params.filters?.organizationId,
      assigneeId: params.filters?.assigneeId,
    }),
    getPortalTime(),
  ]);
  const rows = page.rows.map((row) => ({
    id: row.id,
    number: row.number,
    href: ticketUrl(row.number),
    item: row.item.title,
    organization: row.organization.name,
    requester: row.requester.name,
    state: STATE_LABELS[row.state],
    turn: turnLabel(row),
    assignee: row.assignee?.name ?? "—",
    group: row.group.name,
    sla: (
      <SlaBadge
        dueAt={row.firstResponseAt ? row.resolutionDueAt : row.firstResponseDueAt}
        targetMinutes={row.firstResponseAt ? row.slaResolutionMinutes : row.slaFirstResponseMinutes}
        time={time}
      />
    ),
    updatedAt: time.dateTime(row.updatedAt),
  }));

  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
      <nav aria-label="Filas" className="space-y-1">
        <p className="mb-2 text-sm font-semibold text-slate-600">Filas</p>
        {QUEUE_MENU.map((item) => (
          <Link
            key={item.slug}
            href={`/agente?fila=${item.slug}`}
            aria-current={item.slug === queue.slug ? "page" : undefined}
            className="flex items-center justify-between rounded-md px-3 py-2 text-sm hover:bg-brand-50 aria-[current=page]:bg-brand-100 aria-[current=page]:font-semibold"
          >
            <span>{item.label}</span>
            <span className="rounded-full bg-slate-100 px-2 text-xs font-semibold">
              {counts[item.name]}
            </span>
          </Link>
        ))}
        <Link
          href="/agente/nova-solicitacao"
          className="mt-4 block rounded-md border border-brand-600 px-3 py-2 text-center text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          Abrir chamado em nome do cliente
        </Link>
        <Link
          href="/agente/painel"
          className="block rounded-md px-3 py-2 text-sm text-brand-700 underline"
        >
          Painel
        </Link>
        <Link
          href="/relatorios"
          className="block rounded-md px-3 py-2 text-sm text-brand-700 underline"
        >
          Relatórios
        </Link>
        <Link
          href="/agente/horas"
          className="block rounded-md px-3 py-2 text-sm text-brand-700 underline"
        >
          Horas para faturamento
        </Link>
        <Link
          href="/agente/conhecimento"
          className="block rounded-md px-3 py-2 text-sm text-brand-700 underline"
        >
          Artigos da Base de Conhecimento
        </Link>
      </nav>

      <div className="min-w-0 space-y-4">
        <h1 className="text-2xl font-semibold">{queue.label}</h1>
        <ListNotice problem={problem} />
        <form
          method="get"
          action="/agente"
          className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
        >
          <input type="hidden" name="fila" value={queue.slug} />
          <NumberAndStateFilters params={params} />
          <FilterSelect
            name="grupo"
            label="Grupo"
            value={params.filters?.groupId}
            options={options.groups.map((g) => [g.id, g.name] as const)}
          />
          <SearchPicker
            name="responsavel"
            label="Responsável"
            selected={options.assignee}
            source="/api/analistas"
            foundLabel="Analistas encontrados"
            noneText="Nenhum analista com esse nome."
          />
          <SearchPicker
            name="organizacao"
            label="Organização"
            selected={options.organization}
            source="/api/organizacoes"
            foundLabel="Organizações encontradas"
            noneText="Nenhuma organização com esse nome."
          />
          <FilterSelect
            name="servico"
            label="Serviço"
            value={params.filters?.itemId}
            options={options.items.map((i) => [i.id, i.title] as const)}
          />
          <SubmitButton>Filtrar</SubmitButton>
        </form>
        <QueueTable
          path="/agente"
          rows={rows}
          params={params}
          total={page.total}
          pageSize={page.pageSize}
          groups={options.allGroups}
        />
      </div>
    </div>
  );
}
