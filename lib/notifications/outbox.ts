import crypto from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { headerText, type RenderedMail } from "./layout";
import { seal } from "./sealed-content";

/**
 * The outbox: every e-mail the portal sends is first a row, written in the transaction of what
 * caused it, so that nothing is lost when the SMTP server is down or the process stops. The mail
 * worker (delivery.ts) sends the rows.
 */

/** Temporary failures are retried for this long after queueing (the issue asks for 24 h at least). */
export const RETRY_WINDOW_MS = 48 * 60 * 60_000;

export type EmailToQueue = {
  kind: string;
  to: { address: string; name: string; userId?: string };
  subject: string;
  body: RenderedMail;
  ticket?: { id: string; number: string };
  notificationId?: string;
  /** Carries a personal sign-in link (see OutboxMessage.sensitive). */
  sensitive?: boolean;
};

/** The host part of our Message-IDs: the portal's own name, so that they are unique to it. */
const messageHost = () => new URL(env.appUrl).hostname;

/**
 * One thread per ticket: each mail has its own Message-ID and points at the ticket's thread id
 * with In-Reply-To and References, as GitHub's notifications do, so that mail clients group a
 * ticket's mails whichever of them the recipient received first.
 */
export function threadIdOf(ticketNumber: string): string {
  return `<${ticketNumber.toLowerCase()}.ticket@${messageHost()}>`;
}

export function outboxRow(email: EmailToQueue, now: Date) {
  // The Message-ID is made here, once, and kept through every retry: a resend after a crash is
  // the same message, which mail clients show once.
  const messageId = `<${crypto.randomUUID()}@${messageHost()}>`;
  const sensitive = email.sensitive ?? false;
  const stored = (content: string) => (sensitive ? seal(content, messageId) : content);
  return {
    kind: email.kind,
    notificationId: email.notificationId ?? null,
    ticketId: email.ticket?.id ?? null,
    userId: email.to.userId ?? null,
    toAddress: email.to.address,
    toName: headerText(email.to.name),
    subject: headerText(email.subject, 250),
    text: stored(email.body.text),
    html: stored(email.body.html),
    messageId,
    threadId: email.ticket ? threadIdOf(email.ticket.number) : null,
    sensitive,
    nextAttemptAt: now,
    retryUntil: new Date(now.getTime() + RETRY_WINDOW_MS),
    createdAt: now,
  };
}

export async function queueEmails(
  tx: Tx,
  emails: readonly EmailToQueue[],
  now: Date,
): Promise<void> {
  if (emails.length === 0) return;
  await tx.outboxMessage.createMany({ data: emails.map((email) => outboxRow(email, now)) });
}
