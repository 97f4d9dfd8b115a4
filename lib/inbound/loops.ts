import { env } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import type { InboundMail } from "./parse";

/**
 * Mail that no person wrote: auto-replies ("Ausente do escritório"), bounces, mailing lists, and
 * our own mails come back. Such mail is recorded and ignored, and never answered: answering an
 * auto-responder is how two of them mail each other forever.
 */

const AUTOMATED_SENDER = /^(mailer-daemon|postmaster|no-?reply|nao-?responda|bounces?)([+-].*)?@/;

const header = (mail: InboundMail, name: string) => {
  const value = mail.headers.get(name);
  if (value === undefined || value === null) return null;
  return (typeof value === "object" && "value" in value ? String(value.value) : String(value))
    .trim()
    .toLowerCase();
};

/** Our own address of a From header like "Portal <nao-responda@x>", lower-cased. */
const addressIn = (from: string) => (/<([^>]+)>/.exec(from)?.[1] ?? from).trim().toLowerCase();

/** Why this mail comes from a machine, in Portuguese, or null for a person's mail. */
export async function automatedReason(db: Db, mail: InboundMail): Promise<string | null> {
  const autoSubmitted = header(mail, "auto-submitted");
  if (autoSubmitted && autoSubmitted !== "no")
    return `Resposta automática (Auto-Submitted: ${autoSubmitted}).`;
  const precedence = header(mail, "precedence");
  if (precedence && /^(bulk|junk|list|auto_reply)$/.test(precedence))
    return `Mensagem em massa ou automática (Precedence: ${precedence}).`;
  if (header(mail, "x-autoreply") || header(mail, "x-autorespond"))
    return "Resposta automática (X-Autoreply).";
  if (header(mail, "list-id") || header(mail, "list-unsubscribe"))
    return "Mensagem de lista de distribuição.";
  if (mail.contentType.startsWith("multipart/report"))
    return "Aviso de entrega (bounce) do servidor de e-mail.";
  const from = mail.from?.address ?? "";
  if (!from || AUTOMATED_SENDER.test(from)) return "Remetente automático (servidor ou no-reply).";
  const ours = [addressIn(env.mailFrom), env.inboundAddress].filter(Boolean);
  if (ours.includes(from)) return "E-mail enviado pelo próprio portal (laço de e-mail).";
  if (mail.messageId && (await isOurMessageId(db, mail.messageId)))
    return "E-mail enviado pelo próprio portal (laço de e-mail).";
  return null;
}

async function isOurMessageId(db: Db, messageId: string): Promise<boolean> {
  if (messageId.toLowerCase().endsWith(`@${new URL(env.appUrl).hostname}>`)) return true;
  return (await db.outboxMessage.count({ where: { messageId } })) > 0;
}

/**
 * A From the receiving server could not vouch for: our mail server's Authentication-Results
 * says DMARC failed, so anyone may have written it in that person's name.
 */
export function unauthenticatedReason(mail: InboundMail): string | null {
  const results = header(mail, "authentication-results");
  return results && /\bdmarc=fail\b/.test(results)
    ? "Remetente não autenticado (DMARC falhou): o endereço pode ter sido falsificado."
    : null;
}
