import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/text/dates";
import { getTicketDetailByNumber } from "@/lib/tickets/queries";
import { STATE_LABELS } from "@/lib/tickets/states";
import { TicketTimeline } from "@/components/tickets/ticket-timeline";

export async function generateMetadata({
  params,
}: PageProps<"/solicitacoes/[number]">): Promise<Metadata> {
  return { title: (await params).number };
}

/**
 * A ticket's page, the address every e-mail links to. This first version shows the ticket and
 * its timeline; the requester and agent actions come with their issues.
 */
export default async function TicketPage({ params }: PageProps<"/solicitacoes/[number]">) {
  const { number } = await params;
  const user = await requireUser(`/solicitacoes/${number}`);
  const result = await getTicketDetailByNumber(user, number);
  if (!result.ok) notFound();
  const ticket = result.value;

  const details: [string, string][] = [
    ["Situação", STATE_LABELS[ticket.state]],
    ["Aberta em", formatDateTime(ticket.createdAt)],
    ["Solicitante", ticket.requester.name],
    ["Requisitado para", ticket.requestedFor.name],
    ["Organização", ticket.organization.name],
    ["Grupo de atendimento", ticket.group.name],
    ["Responsável", ticket.assignee?.name ?? "—"],
  ];

  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">{ticket.item.category.name}</p>
        <h1 className="text-2xl font-semibold">
          {ticket.number} – {ticket.item.title}
        </h1>
      </header>

      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]">
        {details.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-700">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {ticket.answers.map((answer) => (
          <div key={answer.key} className="contents">
            <dt className="font-semibold text-slate-700">{answer.label}</dt>
            <dd>{[answer.value].flat().join(", ") || "—"}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="descricao" className="space-y-2">
        <h2 id="descricao" className="text-lg font-semibold">
          Descrição
        </h2>
        <p className="rounded-lg border border-slate-200 bg-white p-4 whitespace-pre-wrap">
          {ticket.description}
        </p>
      </section>

      <TicketTimeline events={ticket.events} />
    </article>
  );
}
