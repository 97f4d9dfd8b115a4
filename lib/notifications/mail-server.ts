import { env } from "@/lib/config/env";
import { db } from "@/lib/db";

/**
 * The SMTP server as every mail worker sees it (the MailServerStatus row): whether it answers, and
 * the pace of sending. Kept in the database so that several portal processes agree.
 *
 * While the server cannot be reached, the workers make one connection attempt per interval
 * between them (3 s, doubling up to SMTP_RETRY_MAX_SECONDS, 5 minutes by default) instead of one per mail, and the mails wait
 * without spending their attempts. Sending is paced at MAIL_RATE_PER_MINUTE, so the backlog of an
 * outage or of a mass closing leaves no faster than the provider accepts.
 */

const ID = "smtp";
const FIRST_WAIT_MS = 3_000;

/** The wait after the n-th failed attempt in a row: 3 s, 6 s, 12 s… at most SMTP_RETRY_MAX_SECONDS. */
export function outageWaitMs(failures: number): number {
  return Math.min(FIRST_WAIT_MS * 2 ** Math.max(failures - 1, 0), env.smtpRetryMaxMs);
}

/** Errors about the connection, not about a message: every other mail would meet them too. */
const CONNECTION_ERRORS = new Set([
  "ECONNECTION",
  "ESOCKET",
  "ETIMEDOUT",
  "EDNS",
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
]);

export function isUnreachable(error: unknown): boolean {
  const e = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  return typeof e.responseCode !== "number" && CONNECTION_ERRORS.has(String(e.code));
}

/** The one row, created by whoever needs it first (several may at once). */
const ensureRow = () =>
  db.$executeRaw`INSERT INTO "MailServerStatus" ("id", "failures") VALUES (${ID}, 0) ON CONFLICT DO NOTHING`;

/**
 * May this worker send now? "open": the server answers. "probe": it did not, and this worker won
 * the next attempt (one message, which tells whether it is back); the attempt is booked as failed
 * until recordReachable() says otherwise, so no other process tries before the next interval.
 * "closed": someone else tries, or the interval has not passed.
 */
export async function mailServerGate(now: Date): Promise<"open" | "probe" | "closed"> {
  const status = await db.mailServerStatus.findUnique({ where: { id: ID } });
  if (!status?.downSince) return "open";
  if (status.nextAttemptAt && status.nextAttemptAt > now) return "closed";
  const { count } = await db.mailServerStatus.updateMany({
    where: { id: ID, failures: status.failures, downSince: { not: null } },
    data: {
      failures: status.failures + 1,
      nextAttemptAt: new Date(now.getTime() + outageWaitMs(status.failures + 1)),
    },
  });
  return count === 1 ? "probe" : "closed";
}

/** A send could not reach the server: the outage starts now, unless it already had. */
export async function recordUnreachable(now: Date, error: string): Promise<void> {
  await ensureRow();
  const started = await db.mailServerStatus.updateMany({
    where: { id: ID, downSince: null },
    data: {
      downSince: now,
      failures: 1,
      nextAttemptAt: new Date(now.getTime() + outageWaitMs(1)),
      lastError: error,
    },
  });
  if (started.count === 0) {
    await db.mailServerStatus.update({ where: { id: ID }, data: { lastError: error } });
  }
}

/** A message went through: the server is back. */
export async function recordReachable(): Promise<void> {
  await db.mailServerStatus.updateMany({
    where: { id: ID, downSince: { not: null } },
    data: { downSince: null, failures: 0, nextAttemptAt: null, lastError: null },
  });
}

/** For the admin page: since when the server cannot be reached, and why; null while it answers. */
export async function mailServerOutage(): Promise<{ since: Date; error: string | null } | null> {
  const status = await db.mailServerStatus.findUnique({ where: { id: ID } });
  return status?.downSince ? { since: status.downSince, error: status.lastError } : null;
}

/**
 * How many mails may leave now at `perMinute`: the time since the pace clock, one mail per
 * 60/perMinute seconds, with at most 3 seconds' worth saved up (the worker's period), so that no
 * minute sees more than the rate and a few. Spend what is sent with spendAllowance().
 */
export async function sendAllowance(now: Date, perMinute: number, most: number): Promise<number> {
  const spacing = 60_000 / perMinute;
  const floor = now.getTime() - Math.max(1, Math.ceil(perMinute / 20)) * spacing;
  await ensureRow();
  // The pace clock never lags more than the saved-up allowance behind now.
  await db.mailServerStatus.updateMany({
    where: { id: ID, OR: [{ paceAt: null }, { paceAt: { lt: floor } }] },
    data: { paceAt: floor },
  });
  const status = await db.mailServerStatus.findUniqueOrThrow({ where: { id: ID } });
  return Math.max(0, Math.min(most, Math.floor((now.getTime() - status.paceAt!) / spacing)));
}

/** Moves the pace clock on by `sent` mails; an increment, so processes add up. */
export async function spendAllowance(sent: number, perMinute: number): Promise<void> {
  if (sent === 0) return;
  await db.mailServerStatus.update({
    where: { id: ID },
    data: { paceAt: { increment: (sent * 60_000) / perMinute } },
  });
}
