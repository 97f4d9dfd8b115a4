import Link from "next/link";
import { deadlineOf } from "@/lib/sla/service-hours";
import type { TicketDetail } from "@/lib/tickets/ticket-detail";
import { Panel } from "@/components/ui/panel";

/**
 * "Prazo para solução" on the customer side of a ticket: when the solution is due, in plain
 * words, or why the clock is stopped; with the page of the hours and holidays it counts in.
 */
export async function DeadlinePanel({ ticket, userId }: { ticket: TicketDetail; userId: string }) {
  // The requester (or whom it is for) is the one asked to answer; a follower or manager reads whom.
  const answers = userId === ticket.requester.id || userId === ticket.requestedFor.id;
  const deadline = await deadlineOf(ticket, answers);
  if (!deadline) return null;
  return (
    <Panel title="Prazo para solução">
      <p className="text-sm">{deadline}</p>
      <p className="mt-2 text-sm">
        <Link href="/horario-de-atendimento" className="text-brand-700 underline">
          Horário de atendimento e feriados
        </Link>
      </p>
    </Panel>
  );
}
