import { db } from "@/lib/db";
import type { Clock } from "@/lib/clock";
import { actorOf, actorSelect, type Actor } from "@/lib/tickets/actor";
import { answerRefusal, type Answer } from "./answers";
import type { ClaimedRow, Outcome } from "./claim";
import { automatedReason, unauthenticatedReason } from "./loops";
import { boundItemOf, openByMail } from "./new-ticket";
import type { InboundMail } from "./parse";
import { replyToTicket } from "./reply";
import { ticketIdOf } from "./ticket-of";

/** What to record of a mail, and whether its sender gets the polite answer. */
export type Decision = Outcome & { answer?: boolean; ticket?: Answer["ticket"] };

const TOO_LARGE = "O e-mail é maior do que o portal aceita (veja o limite de anexos).";
const NOWHERE =
  "O e-mail não responde a uma solicitação (nem pelo assunto com o número, nem pelo histórico) e o endereço de destino não abre solicitações.";

/**
 * Decides what a received mail becomes, in this order: mail from machines is ignored, mail
 * nobody can vouch for is refused; a reply to a ticket (thread headers, then the subject's
 * number) becomes a message; a mail to an address bound to a catalogue item opens a ticket;
 * anything else is refused. A refused person gets one polite answer (at most one an hour).
 */
export async function processMail(
  /** The whole mail, or only its headers when `tooLarge`. */
  mail: InboundMail,
  row: ClaimedRow,
  clock: Clock,
  tooLarge = false,
): Promise<Outcome> {
  const decision = await decide(mail, row, clock, tooLarge);
  const from = mail.from;
  if (decision.answer && from) {
    await answerRefusal(
      { to: from, subject: mail.subject, reason: decision.reason ?? "", ticket: decision.ticket },
      clock(),
    );
  }
  return { state: decision.state, reason: decision.reason, ticketId: decision.ticketId };
}

async function decide(
  mail: InboundMail,
  row: ClaimedRow,
  clock: Clock,
  tooLarge: boolean,
): Promise<Decision> {
  const automated = await automatedReason(db, mail);
  if (automated) return { state: "IGNORED", reason: automated };
  if (tooLarge) return { state: "REFUSED", reason: TOO_LARGE, answer: true };
  const unauthenticated = unauthenticatedReason(mail);
  if (unauthenticated) return { state: "REFUSED", reason: unauthenticated };
  const actor = await senderOf(mail.from!.address);
  const ticketId = await ticketIdOf(db, mail);
  if (ticketId) return replyToTicket(actor, ticketId, mail, row, clock);
  const itemId = await boundItemOf(mail);
  if (itemId) return openByMail(actor, itemId, mail, row, clock);
  return { state: "REFUSED", reason: NOWHERE, answer: true };
}

/** The active user whose address sent the mail, as an Actor; null for anyone else. */
async function senderOf(address: string): Promise<Actor | null> {
  const user = await db.user.findFirst({
    where: { email: address, active: true },
    select: actorSelect,
  });
  return user ? actorOf(user) : null;
}
