import type { TicketDetail } from "@/lib/tickets/ticket-detail";
import { MessageBox } from "./message-box";
import { TicketTimeline } from "./ticket-timeline";

/** The ticket's main column: the answer box (when this user may write), "Descrição" and the history. */
export function TicketConversation({
  ticket,
  attachmentMaxMb,
}: {
  ticket: TicketDetail;
  attachmentMaxMb: number;
}) {
  return (
    <div className="min-w-0 space-y-6">
      {ticket.actions.includes("comment") ? (
        <MessageBox
          ticketId={ticket.id}
          attachmentMaxMb={attachmentMaxMb}
          allowInternal={ticket.canSeeInternal}
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
  );
}
