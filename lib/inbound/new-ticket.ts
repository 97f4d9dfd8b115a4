import { db } from "@/lib/db";
import type { Clock } from "@/lib/clock";
import { settledFor } from "@/lib/refusal";
import type { Actor } from "@/lib/tickets/actor";
import { openTicket } from "@/lib/tickets/open-ticket";
import { TEXT_LIMIT } from "@/lib/tickets/texts";
import type { ClaimedRow } from "./claim";
import { discardMailFiles, stageMailFiles } from "./files";
import type { InboundMail } from "./parse";
import type { Decision } from "./process";
import { replyText } from "./reply-text";

/**
 * The catalogue item a mail's recipients open tickets of: an address bound whole
 * ("ti@prefeitura.gov.br"), or the "+tag" of one ("suporte+ti@…" matches "+ti").
 */
export async function boundItemOf(mail: InboundMail): Promise<string | null> {
  const keys = mail.recipients.flatMap((address) => {
    const tag = /^[^@+]+(\+[^@]+)@/.exec(address)?.[1];
    return tag ? [address, tag] : [address];
  });
  if (keys.length === 0) return null;
  const bound = await db.inboundAddress.findFirst({
    where: { address: { in: keys }, item: { active: true } },
    orderBy: { address: "asc" },
    select: { itemId: true },
  });
  return bound?.itemId ?? null;
}

/**
 * A mail to a bound address from a known, active user opens a ticket of the item, through the
 * catalogue's own service (openTicket): the subject on the first line of the description, the
 * body below it, the files attached; the usual "Solicitação registrada" mail is the receipt.
 * The row's id is the submission key, so a run retried after a crash finds its ticket.
 */
export async function openByMail(
  actor: Actor | null,
  itemId: string,
  mail: InboundMail,
  row: ClaimedRow,
  clock: Clock,
): Promise<Decision> {
  if (!actor) {
    return {
      state: "REFUSED",
      reason: "O endereço do remetente não pertence a um usuário ativo do portal.",
      answer: true,
    };
  }
  const text = replyText(mail.text);
  const description = [mail.subject, text].filter(Boolean).join("\n\n").slice(0, TEXT_LIMIT);
  if (!description)
    return { state: "REFUSED", reason: "O e-mail não tem assunto nem texto.", answer: true };
  const files = await stageMailFiles(actor, mail);
  if (!files.ok) return { state: "REFUSED", reason: files.reason, answer: true };
  const result = await settledFor(
    actor,
    openTicket(
      actor,
      { itemId, description, attachmentIds: files.ids, submissionKey: `email-${row.id}` },
      clock,
    ),
  );
  if (result.ok) return { state: "TICKET", ticketId: result.value.id };
  await discardMailFiles(actor, files.ids);
  const fields = result.error === "invalid" ? Object.values(result.fieldErrors) : [];
  return {
    state: "REFUSED",
    reason: [result.message, ...fields].filter((t, i, all) => all.indexOf(t) === i).join(" "),
    answer: true,
  };
}
