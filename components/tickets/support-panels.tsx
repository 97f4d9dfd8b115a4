import Link from "next/link";
import type { PortalTime } from "@/lib/time/portal-time";
import { wasResolved } from "@/lib/knowledge/from-ticket-text";
import { ticketUrl } from "@/lib/tickets/links";
import { STATE_LABELS } from "@/lib/tickets/states";
import type { supportPanel } from "@/lib/tickets/support-panel";
import type { TicketDetail } from "@/lib/tickets/ticket-detail";
import { Panel } from "@/components/ui/panel";
import { AssignmentBox } from "./assignment-box";
import { Fact, FactList } from "./fact-list";
import { RelatedBox } from "./related-box";
import { SlaBadge } from "./sla-badge";
import { TimeBox } from "./time-box";

export type SupportPanelData = NonNullable<Awaited<ReturnType<typeof supportPanel>>>;

/**
 * What support sees beside a ticket: "Atendimento" (group, SLA, assignment), "Cliente",
 * "Chamados Relacionados" and "Horas". The page shows them only to those who work the ticket.
 */
export function SupportPanels({
  ticket,
  panel,
  time,
}: {
  ticket: TicketDetail;
  panel: SupportPanelData;
  time: PortalTime;
}) {
  return (
    <>
      <Panel title="Atendimento">
        <FactList className="mb-4">
          <Fact label="Grupo">{ticket.group.name}</Fact>
          <Fact label="Primeira resposta">
            {ticket.firstResponseAt ? (
              `Respondida ${time.relative(ticket.firstResponseAt)}`
            ) : (
              <SlaBadge
                dueAt={ticket.firstResponseDueAt}
                targetMinutes={ticket.slaFirstResponseMinutes}
                time={time}
              />
            )}
          </Fact>
          <Fact label="Solução">
            {ticket.resolutionDueAt || ticket.slaRunningSince ? (
              <SlaBadge
                dueAt={ticket.resolutionDueAt}
                targetMinutes={ticket.slaResolutionMinutes}
                time={time}
              />
            ) : (
              "Relógio parado"
            )}
          </Fact>
        </FactList>
        <AssignmentBox
          ticketId={ticket.id}
          version={ticket.version}
          assigneeId={ticket.assignee?.id ?? null}
          agents={panel.agents}
          groups={panel.groups}
          canAssign={ticket.actions.includes("assign")}
          canTransfer={ticket.actions.includes("transfer")}
        />
        {wasResolved(ticket) ? (
          <Link
            href={`/agente/conhecimento/novo?chamado=${ticket.number}`}
            className="mt-4 block text-sm text-brand-700 underline"
          >
            Criar artigo a partir deste chamado
          </Link>
        ) : null}
      </Panel>
      <CustomerPanel ticket={ticket} panel={panel} />
      <Panel title="Chamados Relacionados">
        <RelatedBox
          ticketId={ticket.id}
          related={panel.related.map((r) => ({ ...r, state: STATE_LABELS[r.state] }))}
        />
      </Panel>
      <Panel title="Horas">
        <TimeBox
          ticketId={ticket.id}
          today={time.today}
          entries={panel.time.entries.map((e) => ({ ...e, agent: e.agent.name }))}
          total={panel.time.total}
          billable={panel.time.billable}
        />
      </Panel>
    </>
  );
}

/** "Cliente": who the ticket is for, how to reach them, and their other recent tickets. */
function CustomerPanel({ ticket, panel }: { ticket: TicketDetail; panel: SupportPanelData }) {
  return (
    <Panel title="Cliente">
      <FactList>
        <Fact label="Nome">{panel.customer.name}</Fact>
        <Fact label="E-mail">{panel.customer.email}</Fact>
        <Fact label="Telefone">{ticket.contactPhone ?? panel.customer.phone ?? "—"}</Fact>
        <Fact label="Organização">{panel.customer.organization?.name ?? "—"}</Fact>
      </FactList>
      <h3 className="mt-4 mb-1 text-sm font-semibold">Outros chamados recentes</h3>
      {panel.recent.length === 0 ? (
        <p className="text-sm text-slate-600">Nenhum outro chamado.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {panel.recent.map((r) => (
            <li key={r.id}>
              <Link href={ticketUrl(r.number)} className="text-brand-700 underline">
                {r.number}
              </Link>{" "}
              {r.item.title} · {STATE_LABELS[r.state]}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
