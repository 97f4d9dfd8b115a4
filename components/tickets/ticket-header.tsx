import type { TicketDetail } from "@/lib/tickets/ticket-detail";
import { STATE_LABELS, type TicketState } from "@/lib/tickets/states";
import { StatusIcon, type StatusIconName } from "@/components/ui/status-icon";
import { AutoCloseNotice } from "./auto-close-notice";

/** "Você aceitou esta solução" / "Você rejeitou esta solução", after this user's last answer. */
function answerBanner(ticket: TicketDetail, userId: string): string | null {
  const last = ticket.events.find((e) => e.type === "STATE_CHANGED");
  if (!last || last.actorId !== userId) return null;
  const action = (last.data as { action?: string } | null)?.action;
  if (action === "accept") return "Você aceitou esta solução";
  if (action === "reject") return "Você rejeitou esta solução";
  return null;
}

/** Each state's icon, beside its label. */
const STATE_ICONS: Record<TicketState, StatusIconName> = {
  OPEN: "new",
  IN_PROGRESS: "progress",
  AWAITING_SUPPORT: "paused",
  AWAITING_USER: "waiting",
  AWAITING_INFO: "question",
  CLOSED: "done",
  CANCELLED: "stopped",
};

/** The ticket's title and state, what this user last answered, and when it will close itself. */
export function TicketHeader({ ticket, userId }: { ticket: TicketDetail; userId: string }) {
  const banner = answerBanner(ticket, userId);
  return (
    <>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">
          {ticket.number} – {ticket.item.title}
        </h1>
        <span className="inline-flex items-center gap-1.5 rounded-full bg-brand-100 px-3 py-1 text-sm font-semibold text-brand-900">
          <StatusIcon name={STATE_ICONS[ticket.state]} />
          {STATE_LABELS[ticket.state]}
        </span>
      </header>
      {banner ? (
        <p role="status" className="rounded-md bg-green-50 px-4 py-3 font-medium text-green-900">
          {banner}
        </p>
      ) : null}
      <AutoCloseNotice
        state={ticket.state}
        autoCloseDueAt={ticket.autoCloseDueAt}
        infoClosesAt={ticket.infoClosesAt}
      />
    </>
  );
}
