import crypto from "node:crypto";
import { ImapFlow } from "imapflow";
import MailComposer from "nodemailer/lib/mail-composer";
import type Mail from "nodemailer/lib/mailer";
import { PROCESSED_FOLDER } from "@/lib/inbound/mailbox";
import { DOVECOT_PASSWORD } from "../../scripts/throwaway-dovecot";

/**
 * Real mail in a real IMAP mailbox (the throwaway Dovecot of scripts/throwaway-dovecot.ts):
 * messages built with nodemailer's composer, as a mail client sends them, and appended as a
 * mail server delivers them.
 */

/** A mailbox nobody else uses on the server: a fresh user name. */
export const freshMailbox = (urlOf: (user: string) => string) =>
  urlOf(`suporte-${crypto.randomUUID().slice(0, 8)}@prefeitura.test`);

function clientOf(imapUrl: string): ImapFlow {
  const url = new URL(imapUrl);
  return new ImapFlow({
    host: url.hostname,
    port: Number(url.port),
    secure: false,
    auth: { user: decodeURIComponent(url.username), pass: DOVECOT_PASSWORD },
    logger: false,
  });
}

export function composeMail(options: Mail.Options): Promise<Buffer> {
  const composer = new MailComposer({
    messageId: `<${crypto.randomUUID()}@cliente.test>`,
    date: new Date("2026-11-02T13:00:00Z"),
    ...options,
  });
  return new Promise((resolve, reject) =>
    composer.compile().build((error, message) => (error ? reject(error) : resolve(message))),
  );
}

/** Appends messages to the mailbox's inbox, as delivered mail. */
export async function deliver(
  imapUrl: string,
  ...messages: (Buffer | Promise<Buffer>)[]
): Promise<void> {
  const client = clientOf(imapUrl);
  await client.connect();
  try {
    for (const message of messages) await client.append("INBOX", await message);
  } finally {
    await client.logout();
  }
}

/** How many messages the inbox and the processed folder hold. */
export async function folderCounts(imapUrl: string) {
  const client = clientOf(imapUrl);
  await client.connect();
  try {
    const count = async (path: string) => {
      const status = await client.status(path, { messages: true });
      return (status && status.messages) || 0;
    };
    const folders = await client.list();
    const processed = folders.some((box) => box.path === PROCESSED_FOLDER);
    return {
      inbox: await count("INBOX"),
      processed: processed ? await count(PROCESSED_FOLDER) : 0,
    };
  } finally {
    await client.logout();
  }
}
