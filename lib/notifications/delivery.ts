import crypto from "node:crypto";
import { db, Prisma } from "@/lib/db";
import type { OutboxMessage } from "@/lib/db/generated/client";
import { claimRows, enumValue } from "@/lib/db/sql";
import { systemClock, type Clock } from "@/lib/clock";

/**
 * The mail worker's delivery half: claims due outbox rows with a lease, sends them, and records
 * each outcome. Temporary failures (4xx, no connection, timeouts) are retried with exponential
 * back-off until the row's retry window ends; permanent ones (5xx) fail at once. Each row is
 * claimed, sent and recorded on its own, so one bad address holds back nothing else.
 */

/** What sends one message: SMTP in production (smtp-transport.ts), anything in a benchmark. */
export type MailTransport = {
  send(message: OutboxMessage): Promise<{ response: string }>;
};

/**
 * How long a claimed row stays a worker's. Far longer than the SMTP timeouts (smtp-transport.ts),
 * so a live worker always records its outcome before another may take the row.
 */
export const LEASE_MS = 5 * 60_000;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 4 * 60 * 60_000;

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
};

export type DeliveryReport = { sent: number; retrying: number; failed: number };

/** Delivers every due row, batch after batch, until none is left. */
export async function deliverOutbox(options: DeliveryOptions): Promise<DeliveryReport> {
  const { transport, clock = systemClock, batchSize = 50, concurrency = 3 } = options;
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  for (;;) {
    const lease = crypto.randomUUID();
    const rows = await claimDueRows(lease, batchSize, clock());
    await inParallel(rows, concurrency, async (row) => {
      report[await deliverOne(transport, row, lease, clock)] += 1;
    });
    if (rows.length < batchSize) return report;
  }
}

/**
 * Takes up to `limit` due rows for this lease: the row's nextAttemptAt moves to the lease's end,
 * so it is due again only if the worker dies without recording an outcome.
 */
export async function claimDueRows(
  lease: string,
  limit: number,
  now: Date,
): Promise<OutboxMessage[]> {
  const claimed = await claimRows<{ id: string }>(db, {
    table: "OutboxMessage",
    set: Prisma.sql`"leaseOwner" = ${lease}, "nextAttemptAt" = ${new Date(now.getTime() + LEASE_MS)},
        "attempts" = "attempts" + 1`,
    where: Prisma.sql`"state" = ${enumValue("OutboxState", "PENDING")} AND "nextAttemptAt" <= ${now}`,
    orderBy: "nextAttemptAt",
    limit,
    returning: ["id"],
  });
  if (claimed.length === 0) return [];
  return db.outboxMessage.findMany({
    where: {
      leaseOwner: lease,
      id: { in: claimed.map((c) => c.id) },
    },
    orderBy: { createdAt: "asc" },
  });
}

async function deliverOne(
  transport: MailTransport,
  row: OutboxMessage,
  lease: string,
  clock: Clock,
): Promise<keyof DeliveryReport> {
  // Only the holder of the lease records the outcome: a worker that outlived its lease changes
  // nothing that a newer claim owns.
  const mine = { id: row.id, leaseOwner: lease, state: "PENDING" as const };
  try {
    const { response } = await transport.send(row);
    await db.outboxMessage.updateMany({
      where: mine,
      data: {
        state: "SENT",
        sentAt: clock(),
        serverResponse: response.slice(0, 1000),
        leaseOwner: null,
        ...erasedIfSensitive(row),
      },
    });
    return "sent";
  } catch (error) {
    const { permanent, message } = classifyFailure(error);
    const now = clock();
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
