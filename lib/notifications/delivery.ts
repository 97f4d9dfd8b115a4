import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { OutboxMessage } from "@/lib/db/generated/client";
import { systemClock, type Clock } from "@/lib/clock";
import { jobsStopping } from "@/lib/jobs/stopping";
import { claimDueRows, keepLeaseAlive, renewRow } from "./lease";
import {
  isUnreachable,
  mailServerGate,
  recordReachable,
  recordUnreachable,
  sendAllowance,
  spendAllowance,
} from "./mail-server";
import { dropReasonOf } from "./recipient-check";
import { unseal } from "./sealed-content";

/**
 * The mail worker's delivery half: claims due outbox rows with a lease (lease.ts), checks each
 * recipient again, sends, and records each outcome. A server that cannot be reached holds every
 * row back at no cost to them (mail-server.ts). Temporary refusals (4xx) are retried with
 * exponential back-off until the row's retry window ends; permanent ones (5xx) fail at once. Each row is claimed, sent and recorded on its own, so one bad address
 * holds back nothing else.
 *
 * Delivery is at least once: a worker that dies between the server's acceptance and its record
 * sends that mail again after the lease. The acceptance is therefore recorded in one update at
 * once, and the resend carries the same Message-ID, so mail clients show it once.
 */

/** What sends one message: SMTP in production (smtp-transport.ts), anything in a benchmark. */
export type MailTransport = {
  send(message: OutboxMessage): Promise<{ response: string }>;
};

const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 4 * 60 * 60_000;
const UNSEALABLE =
  "Não foi possível abrir o conteúdo protegido (a chave AUTH_SECRET mudou?). A pessoa pode pedir um novo link.";

/** 1, 2, 4, 8… minutes after each failed attempt, at most 4 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), LONGEST_RETRY_MS);
}

type SmtpError = { responseCode?: unknown; code?: unknown; response?: unknown; message?: unknown };

/**
 * A 5xx answer about this message is permanent; everything else (4xx, connection refused,
 * timeouts, and a refused login, which is the portal's configuration and not the message's
 * fault) is worth trying again.
 */
export function classifyFailure(error: unknown): { permanent: boolean; message: string } {
  const e = (typeof error === "object" && error !== null ? error : {}) as SmtpError;
  const message = String(e.response ?? e.message ?? error).slice(0, 1000);
  const code = typeof e.responseCode === "number" ? e.responseCode : 0;
  return { permanent: code >= 500 && e.code !== "EAUTH", message };
}

export type DeliveryOptions = {
  transport: MailTransport;
  clock?: Clock;
  /** Rows claimed at a time. */
  batchSize?: number;
  /** Messages in flight at once: the SMTP pool's connections. */
  concurrency?: number;
  /** How often held leases are renewed (lease.ts); shorter only in tests. */
  heartbeatMs?: number;
  /** The most mails per minute (mail-server.ts), for all workers together; unset: no limit. */
  ratePerMinute?: number;
};

export type DeliveryReport = { sent: number; retrying: number; failed: number; dropped: number };
type Outcome = keyof DeliveryReport | "lost" | "unreachable";

/**
 * Delivers the due rows, batch after batch, until none is left, the pace allows no more, the
 * server cannot be reached or the jobs are stopping. While the server cannot be reached, one
 * message tries it once per interval for all workers (mail-server.ts); the others wait without
 * spending an attempt.
 */
export async function deliverOutbox(options: DeliveryOptions): Promise<DeliveryReport> {
  const { transport, clock = systemClock, batchSize = 50, concurrency = 3 } = options;
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, dropped: 0 };
  // Each run leads with one message alone: if the server is gone, that is the one attempt.
  for (let lead = true; !jobsStopping.aborted; lead = false) {
    const gate = await mailServerGate(clock());
    if (gate === "closed") return report;
    const probing = gate === "probe";
    let wanted = probing || lead ? 1 : batchSize;
    if (options.ratePerMinute) {
      wanted = await sendAllowance(clock(), options.ratePerMinute, wanted);
      if (wanted === 0) return report;
    }
    const lease = crypto.randomUUID();
    const rows = await claimDueRows(lease, wanted, clock());
    if (options.ratePerMinute) await spendAllowance(rows.length, options.ratePerMinute);
    const stopHeartbeat = keepLeaseAlive(lease, clock, options.heartbeatMs);
    let unreachable = false;
    try {
      await inParallel(rows, concurrency, async (row) => {
        if (unreachable) return; // the server is gone: the rest of the batch waits with it
        const outcome = await deliverOne(transport, row, lease, clock);
        if (outcome === "unreachable") unreachable = true;
        else if (outcome !== "lost") report[outcome] += 1;
      });
    } finally {
      await stopHeartbeat();
    }
    if (unreachable) {
      // Every lane is done: what this lease still holds was not sent, and waits for the server.
      report.retrying += await releaseUnsent(lease, clock());
      return report;
    }
    if (probing && rows.length > 0) await recordReachable();
    if (rows.length < wanted) return report;
  }
  return report;
}

/** Puts the rows a lease still holds back in the queue, due at once, their attempt not counted. */
async function releaseUnsent(lease: string, now: Date): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({
    where: { leaseOwner: lease, state: "PENDING" },
    data: { leaseOwner: null, nextAttemptAt: now, attempts: { decrement: 1 } },
  });
  return count;
}

async function deliverOne(
  transport: MailTransport,
  row: OutboxMessage,
  lease: string,
  clock: Clock,
): Promise<Outcome> {
  // Only the holder of the lease decides not to send or to retry: a worker that outlived its
  // lease changes nothing that a newer claim owns.
  const mine = { id: row.id, leaseOwner: lease, state: "PENDING" as const };
  if (!(await renewRow(row.id, lease, clock()))) return "lost";
  const dropReason = await dropReasonOf(db, row);
  if (dropReason) {
    await db.outboxMessage.updateMany({
      where: mine,
      data: { state: "DROPPED", dropReason, leaseOwner: null, ...erasedIfSensitive(row) },
    });
    return "dropped";
  }
  let response: string;
  try {
    ({ response } = await transport.send(opened(row)));
  } catch (error) {
    const failure = error instanceof UnsealError ? { permanent: true, message: UNSEALABLE } : null;
    const { permanent, message } = failure ?? classifyFailure(error);
    const now = clock();
    if (!failure && isUnreachable(error)) {
      await recordUnreachable(now, message);
      await db.outboxMessage.updateMany({ where: mine, data: { lastError: message } });
      return "unreachable";
    }
    const next = new Date(now.getTime() + retryDelayMs(row.attempts));
    const givingUp = permanent || next > row.retryUntil;
    await db.outboxMessage.updateMany({
      where: mine,
      data: {
        state: givingUp ? "FAILED" : "PENDING",
        nextAttemptAt: givingUp ? now : next,
        lastError: message,
        leaseOwner: null,
        ...(givingUp ? erasedIfSensitive(row) : {}),
      },
    });
    return givingUp ? "failed" : "retrying";
  }
  // The server has the message: nothing may come between its answer and this one update, and it
  // holds whoever owns the lease by now, because the mail is out either way.
  const now = clock();
  await db.outboxMessage.updateMany({
    where: { id: row.id, state: "PENDING" },
    data: {
      state: "SENT",
      acceptedAt: now,
      sentAt: now,
      serverResponse: response.slice(0, 1000),
      leaseOwner: null,
      ...erasedIfSensitive(row),
    },
  });
  return "sent";
}

class UnsealError extends Error {}

/** The row as it is sent: a sensitive one's sealed text and HTML opened, for this send only. */
function opened(row: OutboxMessage): OutboxMessage {
  if (!row.sensitive) return row;
  try {
    return {
      ...row,
      text: unseal(row.text, row.messageId),
      html: unseal(row.html, row.messageId),
    };
  } catch (error) {
    throw new UnsealError(String(error));
  }
}

/**
 * A personal sign-in link is not kept once it has left or given up (it expires within the hour
 * anyway; the user asks for a new one).
 */
const erasedIfSensitive = (row: OutboxMessage) => (row.sensitive ? { text: "", html: "" } : {});

async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}
