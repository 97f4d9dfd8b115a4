import { db } from "@/lib/db";
import type { Clock } from "@/lib/clock";
import { settledFor } from "@/lib/refusal";
import type { Actor } from "@/lib/tickets/actor";
import { addComment, type CommentInput } from "@/lib/tickets/comments";
import { relationsToRow, partiesSelect } from "@/lib/tickets/relations";
import { decide, type Relation } from "@/lib/tickets/state-machine";
import { FINAL_STATES } from "@/lib/tickets/states";
import type { ClaimedRow } from "./claim";
import { discardMailFiles, stageMailFiles } from "./files";
import type { InboundMail } from "./parse";
import type { Decision } from "./process";
import { replyText } from "./reply-text";

/**
 * A reply to a ticket's mail becomes a public message through the ticket page's own service
 * (addComment): timeline event, notifications, and state changes such as a requester's answer
 * taking a ticket waiting for information back to the queue. Support's replies are public
 * replies, as the footer of their mail says.
 */
export async function replyToTicket(
  actor: Actor | null,
  ticketId: string,
  mail: InboundMail,
  row: ClaimedRow,
  clock: Clock,
): Promise<Decision> {
  const ticket = await db.ticket.findUniqueOrThrow({
    where: { id: ticketId },
    select: { id: true, number: true, state: true, ...partiesSelect },
  });
  const relations = actor ? relationsToRow(actor, ticket) : new Set<Relation>();
  const refused = (reason: string, closed = false): Decision => ({
    state: "REFUSED",
    reason,
    ticketId,
    answer: true,
    // Only someone on the ticket hears of it in the answer: numbers do not leak by e-mail.
    ticket:
      actor && relations.size > 0 ? { id: ticket.id, number: ticket.number, closed } : undefined,
  });
  if (!actor) return refused(UNKNOWN);
  if (relations.size === 0) return refused(NO_ACCESS);
  if (FINAL_STATES.includes(ticket.state))
    return refused(`A solicitação ${ticket.number} está encerrada; a resposta não a reabre.`, true);
  if (!decide("comment", ticket.state, relations).allowed) return refused(NO_ACCESS);

  const body = replyText(mail.text);
  if (row.attempts > 1 && (await alreadyWritten(actor, ticketId, body, row.claimedAt)))
    return { state: "MESSAGE", ticketId };
  const files = await stageMailFiles(actor, mail);
  if (!files.ok) return refused(files.reason);
  if (!body && files.ids.length === 0) return refused("O e-mail não tem texto nem anexos.");

  const result = await commentRetried(actor, { ticketId, body, attachmentIds: files.ids }, clock);
  if (result.ok) return { state: "MESSAGE", ticketId };
  await discardMailFiles(actor, files.ids);
  return refused(result.message);
}

/**
 * The comment, tried again when another change of the ticket won the race (a second reader, an
 * analyst at the page): the mail does not say which version it answers, so any will do.
 */
async function commentRetried(actor: Actor, input: CommentInput, clock: Clock, tries = 5) {
  const result = await settledFor(actor, addComment(actor, input, clock));
  if (result.ok || result.error !== "conflict" || tries <= 1) return result;
  return commentRetried(actor, input, clock, tries - 1);
}

const UNKNOWN = "O endereço do remetente não pertence a um usuário ativo do portal.";
const NO_ACCESS = "O remetente não pode escrever nesta solicitação.";

/**
 * A reader that died after the message was written and before recording it: its run left the
 * message on the ticket (same writer, same text, since the first claim), and it is not written
 * twice.
 */
async function alreadyWritten(actor: Actor, ticketId: string, body: string, since: Date) {
  const event = await db.ticketEvent.findFirst({
    where: {
      ticketId,
      actorId: actor.id,
      type: "COMMENT",
      body: body || null,
      createdAt: { gte: since },
    },
    select: { id: true },
  });
  return event !== null;
}
