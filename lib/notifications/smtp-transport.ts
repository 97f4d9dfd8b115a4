import net from "node:net";
import nodemailer from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool";
import type { MailTransport } from "./delivery";

const CONNECTION_TIMEOUT_MS = 30_000;

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
    url: smtpUrl,
    pool: true,
    maxConnections: connections,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    getSocket: connectWithoutDelay,
  });
  const transporter = nodemailer.createTransport(pool);
  return {
    async send(message) {
      const info = await transporter.sendMail({
        from,
        to: { name: message.toName, address: message.toAddress },
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
        ...(message.threadId
          ? { inReplyTo: message.threadId, references: [message.threadId] }
          : {}),
        headers: { "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All" },
      });
      return { response: String(info.response ?? "") };
    },
    close: () => transporter.close(),
  };
}

/**
 * The pool's connections, opened by us only to turn Nagle's algorithm off: SMTP is a dialogue
 * of short lines, and with it on, each message's last line waited for the server's delayed
 * acknowledgement (40 ms), which capped a connection at about 20 messages a second. Nodemailer
 * still does the TLS (smtps:// at once, STARTTLS when offered) on the socket it is given.
 */
function connectWithoutDelay(
  options: SMTPPool.Options,
  callback: (error: Error | null, socket?: { connection: net.Socket }) => void,
): void {
  const socket = net.connect({
    host: options.host ?? "localhost",
    port: options.port ?? (options.secure ? 465 : 587),
    noDelay: true,
  });
  socket.setTimeout(CONNECTION_TIMEOUT_MS, () =>
    socket.destroy(Object.assign(new Error("Connection timeout"), { code: "ETIMEDOUT" })),
  );
  let connected = false;
  // Before the connection, errors are ours to report; after, nodemailer's own listener has them.
  socket.on("error", (error) => {
    if (!connected) callback(error);
  });
  socket.once("connect", () => {
    connected = true;
    socket.setTimeout(0);
    callback(null, { connection: socket });
  });
}
