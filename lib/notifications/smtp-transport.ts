import net from "node:net";
import nodemailer from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool";
import type { OutboxMessage } from "@/lib/db/generated/client";
import { env } from "@/lib/config/env";
import type { MailTransport } from "./delivery";

/**
 * Delivery over SMTP with nodemailer: a pool of kept-alive connections, timeouts well inside the
 * worker's lease (delivery.ts), and the headers that thread a ticket's mails and keep
 * auto-responders quiet. Options written in SMTP_URL's query (tls.rejectUnauthorized=false,
 * maxConnections…) win over ours.
 */
export function smtpTransport(
  smtpUrl: string,
  from: string,
  connections = 3,
): MailTransport & { close(): void } {
  const pool = new SMTPPool({
    ...noRequeue,
    url: smtpUrl,
    pool: true,
    maxConnections: connections,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    getSocket: connectWithoutDelay,
  });
  const transporter = nodemailer.createTransport(pool);
  return {
    async send(message) {
      const info = await transporter.sendMail(mailOf(message, from)).catch((error: unknown) => {
        throw hungUp(error);
      });
      return { response: String(info.response ?? "") };
    },
    close: () => transporter.close(),
  };
}

/**
 * A server that hangs up at once (a proxy with nothing behind it) had the pool reconnect for the
 * same message forever; the message now fails, and the worker waits (mail-server.ts). A pool
 * option nodemailer's types do not list.
 */
const noRequeue = { maxRequeues: 0 } as unknown as SMTPPool.Options;

/** The nodemailer message of an outbox row: threaded on its ticket, auto-responders kept quiet. */
function mailOf(message: OutboxMessage, from: string) {
  return {
    from,
    to: { name: message.toName, address: message.toAddress },
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: message.messageId,
    ...(message.threadId ? { inReplyTo: message.threadId, references: [message.threadId] } : {}),
    // A ticket's mail is answered to the support mailbox when its replies are read (lib/inbound).
    ...(message.threadId && env.inboundAddress ? { replyTo: env.inboundAddress } : {}),
    headers: { "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All" },
  };
}

/** The pool's "connection was closed" failure is a connection error, as the worker sees them. */
function hungUp(error: unknown): unknown {
  const closed =
    error instanceof Error && !("code" in error) && /connection was closed/i.test(error.message);
  return closed ? Object.assign(error, { code: "ECONNECTION" }) : error;
}

/**
 * The pool's connections, opened by us only to turn Nagle's algorithm off: SMTP is a dialogue of
 * short lines, and with it on, each message's last line waited for the server's delayed
 * acknowledgement (40 ms), which capped a connection at about 20 messages a second. Nodemailer
 * still does the TLS on the socket it is given (smtps:// at once, STARTTLS when offered).
 *
 * When our connection fails we answer "no socket" and let nodemailer connect and report the
 * error itself: handing it the error left the messages queued on that connection hanging.
 */
function connectWithoutDelay(
  options: SMTPPool.Options,
  callback: (error: Error | null, socket?: { connection: net.Socket } | false) => void,
): void {
  let answered = false;
  const answer = (socket: { connection: net.Socket } | false) => {
    if (answered) return;
    answered = true;
    callback(null, socket);
  };
  const socket = net.connect({
    host: options.host ?? "localhost",
    port: options.port ?? (options.secure ? 465 : 587),
    noDelay: true,
  });
  // Errors before the hand-over are answered below; after it, nodemailer's listener has them.
  socket.on("error", () => answer(false));
  socket.setTimeout(30_000, () => socket.destroy());
  socket.once("connect", () => {
    socket.setTimeout(0);
    answer({ connection: socket });
  });
}
