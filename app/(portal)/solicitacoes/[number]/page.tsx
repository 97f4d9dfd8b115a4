import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getPortalSettings } from "@/lib/portal-settings";
import { getPortalTime } from "@/lib/time/portal-time";
import { ticketUrl } from "@/lib/tickets/links";
import { organizationPeople } from "@/lib/tickets/people";
import { supportPanel } from "@/lib/tickets/support-panel";
import { getTicketDetailByNumber, type TicketDetail } from "@/lib/tickets/queries";
import { STATE_LABELS } from "@/lib/tickets/states";
import { AttachmentLink } from "@/components/attachments/attachment-link";
import { AutoCloseNotice } from "@/components/tickets/auto-close-notice";
import { StateActions } from "@/components/tickets/state-actions";
import { AssignmentBox } from "@/components/tickets/assignment-box";
import { RelatedBox } from "@/components/tickets/related-box";
import { SlaBadge } from "@/components/tickets/sla-badge";
import { TimeBox } from "@/components/tickets/time-box";
import { FollowersBox } from "@/components/tickets/followers-box";
import { MessageBox } from "@/components/tickets/message-box";
import { TicketTimeline } from "@/components/tickets/ticket-timeline";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata({
  params,
}: PageProps<"/solicitacoes/[number]">): Promise<Metadata> {
  return { title: (await params).number };
}

/** "Você aceitou esta solução" / "Você rejeitou esta solução", after this user's last answer. */
function answerBanner(ticket: TicketDetail, userId: string): string | null {
  const last = ticket.events.find((e) => e.type === "STATE_CHANGED");
  if (!last || last.actorId !== userId) return null;
  const action = (last.data as { action?: string } | null)?.action;
  if (action === "accept") return "Você aceitou esta solução";
  if (action === "reject") return "Você rejeitou esta solução";
  return null;
}

/**
 * "Formulário da Solicitação": the ticket, its history and what this user may do with it. Anyone
 * who may not see it gets the same page as for a number that does not exist.
 */
export default async function TicketPage({ params }: PageProps<"/solicitacoes/[number]">) {
  const { number } = await params;
  const user = await requireUser(`/solicitacoes/${number}`);
  const result = await getTicketDetailByNumber(user, number);
  if (!result.ok) notFound();
  const ticket = result.value;
  const canAddFollowers = ticket.actions.includes("addFollower");
  const support = ticket.canSeeInternal;
  const [settings, time, people, panel] = await Promise.all([
    getPortalSettings(),
    getPortalTime(),
    canAddFollowers ? organizationPeople(user, ticket.organization.id) : [],
    support ? supportPanel(user, ticket.id) : null,
  ]);
  const banner = answerBanner(ticket, user.id);
  const followers = ticket.followers.map((f) => f.user);
  const taken = new Set([ticket.requester.id, ticket.requestedFor.id]);

  const details: [string, string][] = [
    ["Número", ticket.number],
    ["Estado", ticket.state === "AWAITING_USER" ? "Resolvido" : STATE_LABELS[ticket.state]],
    ["Categoria", ticket.item.category.name],
    ["Serviço", ticket.item.title],
    ...ticket.answers.map((a): [string, string] => [a.label, [a.value].flat().join(", ")]),
    ["Requisitado para", ticket.requestedFor.name],
    ["Aberto em", time.dateTimeSeconds(ticket.createdAt)],
    ["Atualizado", time.relative(ticket.updatedAt)],
  ];

  return (
    <article className="space-y-6">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">
          {ticket.number} – {ticket.item.title}
        </h1>
        <span className="rounded-full bg-brand-100 px-3 py-1 text-sm font-semibold text-brand-900">
          {STATE_LABELS[ticket.state]}
        </span>
      </header>
      {banner ? (
        <p role="status" className="rounded-md bg-green-50 px-4 py-3 font-medium text-green-900">
          {banner}
        </p>
      ) : null}
      <AutoCloseNotice state={ticket.state} autoCloseDueAt={ticket.autoCloseDueAt} />

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-6">
          {ticket.actions.includes("comment") ? (
            <MessageBox
              ticketId={ticket.id}
              attachmentMaxMb={settings.attachmentMaxMb}
              allowInternal={support}
            />
          ) : null}
          <section aria-labelledby="descricao" className="space-y-2">
            <h2 id="descricao" className="text-lg font-semibold">
              Descrição
            </h2>
            <p className="rounded-lg border border-slate-200 bg-white p-4 whitespace-pre-wrap">
              {ticket.description}
            </p>
          </section>
          <TicketTimeline events={ticket.events} attachments={ticket.attachments} />
        </div>

        <aside className="space-y-4">
          <Panel title="Ações">
            <StateActions ticketId={ticket.id} version={ticket.version} actions={ticket.actions} />
          </Panel>
          {panel ? (
            <>
              <Panel title="Atendimento">
                <dl className="mb-4 space-y-2 text-sm">
                  <div>
                    <dt className="font-medium text-slate-600">Grupo</dt>
                    <dd>{ticket.group.name}</dd>
                  </div>
                  <div>
                    <dt className="font-medium text-slate-600">Primeira resposta</dt>
                    <dd>
                      {ticket.firstResponseAt ? (
                        `Respondida ${time.relative(ticket.firstResponseAt)}`
                      ) : (
                        <SlaBadge
                          dueAt={ticket.firstResponseDueAt}
                          targetMinutes={ticket.slaFirstResponseMinutes}
                          time={time}
                        />
                      )}
                    </dd>
                  </div>
                  <div>
                    <dt className="font-medium text-slate-600">Solução</dt>
                    <dd>
                      {ticket.resolutionDueAt || ticket.slaRunningSince ? (
                        <SlaBadge
                          dueAt={ticket.resolutionDueAt}
                          targetMinutes={ticket.slaResolutionMinutes}
                          time={time}
                        />
                      ) : (
                        "Relógio parado"
                      )}
                    </dd>
                  </div>
                </dl>
                <AssignmentBox
                  ticketId={ticket.id}
                  version={ticket.version}
                  assigneeId={ticket.assignee?.id ?? null}
                  agents={panel.agents}
                  groups={panel.groups}
                  canAssign={ticket.actions.includes("assign")}
                  canTransfer={ticket.actions.includes("transfer")}
                />
              </Panel>
              <Panel title="Cliente">
                <dl className="space-y-2 text-sm">
                  <div>
                    <dt className="font-medium text-slate-600">Nome</dt>
                    <dd>{panel.customer.name}</dd>
                  </div>
                  <div>
                    <dt className="font-medium text-slate-600">E-mail</dt>
                    <dd className="break-words">{panel.customer.email}</dd>
                  </div>
                  <div>
                    <dt className="font-medium text-slate-600">Telefone</dt>
                    <dd>{ticket.contactPhone ?? panel.customer.phone ?? "—"}</dd>
                  </div>
                  <div>
                    <dt className="font-medium text-slate-600">Organização</dt>
                    <dd>{panel.customer.organization?.name ?? "—"}</dd>
                  </div>
                </dl>
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
          ) : null}
          <Panel title="Detalhes da Solicitação">
            <dl className="space-y-2 text-sm">
              {details.map(([label, value]) => (
                <div key={label}>
                  <dt className="font-medium text-slate-600">{label}</dt>
                  <dd className="break-words">{value || "—"}</dd>
                </div>
              ))}
            </dl>
          </Panel>
          <Panel title="Acompanhamento">
            <FollowersBox
              ticketId={ticket.id}
              followers={followers}
              candidates={people.filter((p) => !taken.has(p.id))}
              canAdd={canAddFollowers}
              canRemove={ticket.actions.includes("removeFollower")}
            />
          </Panel>
          <Panel title="Anexos">
            {ticket.attachments.length === 0 ? (
              <p className="text-sm text-slate-600">Não há anexos</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {ticket.attachments.map((file) => (
                  <li key={file.id}>
                    <AttachmentLink file={file} />
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </aside>
      </div>
    </article>
  );
}
