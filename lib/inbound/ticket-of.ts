import type { Db } from "@/lib/db/client";
import type { InboundMail } from "./parse";

/** "[CS0000123]" in a subject, and "<cs0000123.ticket@host>", our thread id (outbox.ts). */
const SUBJECT_NUMBER = /\[(CS\d{7})\]/i;
const THREAD_ID = /^<(cs\d{7})\.ticket@[^>]+>$/i;

/**
 * The ticket a reply is about: by our thread headers first (the ticket's thread id, or the
 * Message-ID of one of our mails), then by the number in the subject. Null: it names none.
 */
export async function ticketIdOf(db: Db, mail: InboundMail): Promise<string | null> {
  for (const id of mail.threadIds) {
    const number = THREAD_ID.exec(id)?.[1];
    const found = number
      ? await db.ticket.findUnique({
          where: { number: number.toUpperCase() },
          select: { id: true },
        })
      : await db.outboxMessage
          .findUnique({ where: { messageId: id }, select: { ticketId: true } })
          .then((row) => (row?.ticketId ? { id: row.ticketId } : null));
    if (found) return found.id;
  }
  const number = SUBJECT_NUMBER.exec(mail.subject)?.[1];
  if (!number) return null;
  const ticket = await db.ticket.findUnique({
    where: { number: number.toUpperCase() },
    select: { id: true },
  });
  return ticket?.id ?? null;
}
