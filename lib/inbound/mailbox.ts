import { ImapFlow } from "imapflow";

/**
 * The IMAP side of the reader, with ImapFlow: a client for one IMAP_URL (imaps:// is TLS from
 * the start; imap:// upgrades with STARTTLS when the server offers it), the folder it reads,
 * and the folder processed mail is moved to. Mail is never deleted: the mailbox keeps every
 * message the portal read, and the admin page says what became of each.
 */
export const PROCESSED_FOLDER = "Processados";

export type MailboxAddress = { url: URL; folder: string; label: string };

export function mailboxOf(imapUrl: string): MailboxAddress {
  const url = new URL(imapUrl);
  const folder = decodeURIComponent(url.pathname.replace(/^\/+/, "")) || "INBOX";
  const user = decodeURIComponent(url.username);
  return { url, folder, label: `${user}@${url.hostname}/${folder}` };
}

/** `watching`: a connection that only waits for news goes into IDLE at once, not after 15 s. */
export function imapClient({ url }: MailboxAddress, watching = false): ImapFlow {
  const secure = url.protocol === "imaps:";
  return new ImapFlow({
    host: url.hostname,
    port: Number(url.port) || (secure ? 993 : 143),
    secure,
    auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
    logger: false,
    // Servers without IDLE are polled with NOOP instead (ImapFlow's fallback).
    missingIdleCommand: "NOOP",
    ...(watching ? { autoIdleDelay: 1_000 } : {}),
    connectionTimeout: 30_000,
    greetingTimeout: 15_000,
    socketTimeout: 5 * 60_000,
  });
}

/** Headers only, as the parser reads a message: for mail too large to fetch whole. */
export const headersAsMessage = (headers: Buffer) => Buffer.concat([headers, Buffer.from("\r\n")]);
