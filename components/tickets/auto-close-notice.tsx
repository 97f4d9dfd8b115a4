import { getPortalTime } from "@/lib/time/portal-time";
import type { TicketState } from "@/lib/tickets/states";

/**
 * What the reply cycle promises on a resolved ticket: the date it closes by itself, or, while a
 * message of the requester waits for support (no due date, lib/tickets/awaiting-user.ts), that
 * it will not close.
 */
export async function AutoCloseNotice({
  state,
  autoCloseDueAt,
}: {
  state: TicketState;
  autoCloseDueAt: Date | null;
}) {
  if (state !== "AWAITING_USER") return null;
  const time = await getPortalTime();
  return (
    <p role="note" className="rounded-md bg-amber-50 px-4 py-3 text-amber-900">
      {autoCloseDueAt
        ? `Será encerrada automaticamente em ${time.dateTime(autoCloseDueAt)} se não houver resposta.`
        : "A mensagem do solicitante aguarda a resposta do suporte: esta solicitação não será encerrada automaticamente."}
    </p>
  );
}
