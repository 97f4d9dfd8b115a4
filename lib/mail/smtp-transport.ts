import nodemailer from "nodemailer";
import type { MailTransport } from "./delivery";

/**
 * Delivery over SMTP with nodemailer: a pool of kept-alive connections, timeouts well inside the
 * worker's lease (delivery.ts), and the headers that thread a ticket's mails and keep
 * auto-responders quiet.
 */
export function smtpTransport(
  smtpUrl: string,
  from: string,
  connections = 3,
): MailTransport & { close(): void } {
  const transporter = nodemailer.createTransport(withDefaults(smtpUrl, connections));
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
 * Nodemailer reads its options from the URL's query when given a URL (and ignores any others),
 * so ours go there, under whatever the operator already set in SMTP_URL (tls.rejectUnauthorized…).
 */
function withDefaults(smtpUrl: string, connections: number): string {
  const url = new URL(smtpUrl);
  const defaults = {
    pool: "true",
    maxConnections: String(connections),
    connectionTimeout: "30000",
    greetingTimeout: "30000",
    socketTimeout: "60000",
  };
  for (const [key, value] of Object.entries(defaults)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  return url.toString();
}
