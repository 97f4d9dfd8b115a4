import { getPortalTime } from "@/lib/time/portal-time";
import type { TicketState } from "@/lib/tickets/states";

/**
 * What the reply cycle promises on a resolved ticket: the date it closes by itself, or, while a
 * message of the requester waits for support (no due date, lib/tickets/awaiting-user.ts), that
 * it will not close. On a ticket waiting for information, when it closes without an answer
 * (lib/tickets/info-close.ts).
 */
export async function AutoCloseNotice({
  state,
  autoCloseDueAt,
  infoClosesAt,
}: {
  state: TicketState;
  autoCloseDueAt: Date | null;
  infoClosesAt: Date | null;
}) {
  if (state === "AWAITING_INFO") {
    const time = await getPortalTime();
    return (
      <p role="note" className="rounded-md bg-amber-50 px-4 py-3 text-amber-900">
        O suporte aguarda as informações pedidas ao usuário: uma resposta devolve a solicitação ao
        atendimento.
        {infoClosesAt ? ` Sem resposta, será fechada em ${time.dateTime(infoClosesAt)}.` : null}
      </p>
    );
  }
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
