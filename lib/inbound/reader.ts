import crypto from "node:crypto";
import type { ImapFlow } from "imapflow";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { log } from "@/lib/log";
import { getSettings } from "@/lib/settings";
import { claimMail, failed, finish, type ClaimedRow } from "./claim";
import {
  headersAsMessage,
  imapClient,
  mailboxOf,
  PROCESSED_FOLDER,
  type MailboxAddress,
} from "./mailbox";
import { parseMail, type InboundMail } from "./parse";
import { processMail } from "./process";

/**
 * The "read-mail" job: reads every IMAP_URL mailbox, processes each message once (claim.ts),
 * and moves it to "Processados". A message another reader holds is left for it; one whose
 * processing failed stays in the inbox and is tried again after a pause.
 */
const MOVE_BATCH = 100;

export type ReadReport = { processed: number; moved: number; busy: number; failed: number };

export type ReaderOptions = {
  clock?: Clock;
  /** The processing step; a test's process wraps it to die at a chosen moment. */
  process?: typeof processMail;
  /** Called between recording a message and moving it (tests only, the same way). */
  recorded?: () => Promise<void>;
};

export async function readAllMailboxes(options: ReaderOptions = {}): Promise<ReadReport> {
  const total: ReadReport = { processed: 0, moved: 0, busy: 0, failed: 0 };
  for (const url of env.imapUrls) {
    try {
      const report = await readMailbox(url, options);
      for (const key of Object.keys(total) as (keyof ReadReport)[]) total[key] += report[key];
    } catch (error) {
      // One unreachable mailbox does not keep the others from being read.
      log.error({ event: "inbound.mailbox_failed", mailbox: mailboxOf(url).label, err: error });
      total.failed += 1;
    }
  }
  return total;
}

export async function readMailbox(
  imapUrl: string,
  options: ReaderOptions = {},
): Promise<ReadReport> {
  const mailbox = mailboxOf(imapUrl);
  const client = imapClient(mailbox);
  await client.connect();
  try {
    const lock = await client.getMailboxLock(mailbox.folder);
    try {
      return await readOpenMailbox(client, mailbox, options);
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
}

async function readOpenMailbox(
  client: ImapFlow,
  mailbox: MailboxAddress,
  options: ReaderOptions,
): Promise<ReadReport> {
  const report: ReadReport = { processed: 0, moved: 0, busy: 0, failed: 0 };
  const opened = client.mailbox;
  if (!opened || opened.exists === 0) return report;
  await client.mailboxCreate(PROCESSED_FOLDER);
  const uidValidity = String(opened.uidValidity);
  const listed = await client.fetchAll("1:*", { uid: true, size: true });
  const { attachmentMaxMb } = await getSettings(db);
  // Room for a few files of the largest size, in base64: beyond it the mail is refused unread.
  const maxBytes = (attachmentMaxMb * 4 + 1) * 1024 * 1024;
  const lease = crypto.randomUUID();
  const clock = options.clock ?? systemClock;
  // Finished messages leave the inbox in batches: one MOVE per batch instead of one per message.
  const finished: number[] = [];
  const moveFinished = async () => {
    if (finished.length === 0) return;
    await client.messageMove(finished.join(","), PROCESSED_FOLDER, { uid: true });
    report.moved += finished.splice(0).length;
  };
  try {
    for (const { uid, size = 0 } of listed) {
      await readOne(uid, size);
      if (finished.length >= MOVE_BATCH) await moveFinished();
    }
  } finally {
    await moveFinished();
  }
  return report;

  async function readOne(uid: number, size: number) {
    const tooLarge = size > maxBytes;
    const fetched = await client.fetchOne(
      String(uid),
      tooLarge ? { uid: true, headers: true } : { uid: true, source: true },
      { uid: true },
    );
    const raw = !fetched
      ? null
      : tooLarge
        ? fetched.headers && headersAsMessage(fetched.headers)
        : fetched.source;
    if (!raw) return; // moved meanwhile by another reader

    const mail = await parseMail(raw);
    const claim = await claimMail(
      {
        messageId: mail.messageId ?? `<${uidValidity}.${uid}.${mailbox.label}>`,
        mailbox: mailbox.label,
        uidValidity,
        uid,
        fromAddress: mail.from?.address ?? "",
        fromName: mail.from?.name ?? "",
        toAddresses: mail.recipients.join(", ").slice(0, 1000),
        subject: mail.subject,
        raw: tooLarge ? null : raw,
        size,
      },
      lease,
      clock(),
    );
    if (
      claim.kind === "busy" ||
      (claim.kind === "done" && !leftBehind(claim.processedAt, clock()))
    ) {
      report.busy += 1;
      return;
    }
    if (claim.kind === "mine") {
      const done = await runClaimed(claim.row, mail, tooLarge, options, clock);
      if (!done) {
        report.failed += 1;
        return;
      }
      report.processed += 1;
      await options.recorded?.();
    }
    finished.push(uid);
  }
}

/**
 * A finished message still in the inbox is moved by whoever processed it, right after. Another
 * reader moves it only when that reader evidently died first: moving it at the same time as
 * the first one would leave two copies in "Processados".
 */
const leftBehind = (processedAt: Date | null, now: Date) =>
  !processedAt || now.getTime() - processedAt.getTime() > 60_000;

/** Processes a claimed mail and records the outcome; false when it failed (tried again later). */
export async function runClaimed(
  row: ClaimedRow,
  mail: InboundMail,
  tooLarge: boolean,
  options: ReaderOptions,
  clock: Clock,
): Promise<boolean> {
  try {
    const outcome = await (options.process ?? processMail)(mail, row, clock, tooLarge);
    await finish(row, outcome, clock());
    return true;
  } catch (error) {
    log.error({ event: "inbound.failed", inboundEmailId: row.id, err: error });
    await failed(row, error, clock());
    return false;
  }
}
