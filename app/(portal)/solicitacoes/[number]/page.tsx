import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getPortalSettings } from "@/lib/portal-settings";
import { getPortalTime } from "@/lib/time/portal-time";
import { organizationPeople } from "@/lib/tickets/people";
import { supportPanel } from "@/lib/tickets/support-panel";
import { getTicketDetailByNumber } from "@/lib/tickets/ticket-detail";
import { ratingView } from "@/lib/tickets/rating-reads";
import { DeadlinePanel } from "@/components/tickets/deadline-panel";
import { StateActions } from "@/components/tickets/state-actions";
import { RatingPanel } from "@/components/tickets/rating-panel";
import { RequestPanels } from "@/components/tickets/request-panels";
import { SupportPanels } from "@/components/tickets/support-panels";
import { TicketConversation } from "@/components/tickets/ticket-conversation";
import { TicketHeader } from "@/components/tickets/ticket-header";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata({
  params,
}: PageProps<"/solicitacoes/[number]">): Promise<Metadata> {
  return { title: (await params).number };
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
  const [settings, time, people, panel, rating] = await Promise.all([
    getPortalSettings(),
    getPortalTime(),
    ticket.actions.includes("addFollower") ? organizationPeople(user, ticket.organization.id) : [],
    ticket.canSeeInternal ? supportPanel(user, ticket.id) : null,
    ticket.state === "CLOSED" ? ratingView(user, ticket.number) : null,
  ]);

  return (
    <article className="space-y-6">
      <TicketHeader ticket={ticket} userId={user.id} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <TicketConversation ticket={ticket} attachmentMaxMb={settings.attachmentMaxMb} />
        <aside className="space-y-4">
          <Panel title="Ações">
            <StateActions ticketId={ticket.id} version={ticket.version} actions={ticket.actions} />
          </Panel>
          <RatingPanel view={rating} time={time} />
          {panel ? <SupportPanels ticket={ticket} panel={panel} time={time} /> : null}
          {ticket.canSeeInternal ? null : <DeadlinePanel ticket={ticket} userId={user.id} />}
          <RequestPanels ticket={ticket} candidates={people} time={time} />
        </aside>
      </div>
    </article>
  );
}
