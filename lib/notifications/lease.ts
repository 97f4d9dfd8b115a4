import { db, Prisma } from "@/lib/db";
import type { OutboxMessage } from "@/lib/db/generated/client";
import { claimRows, enumValue } from "@/lib/db/sql";
import type { Clock } from "@/lib/clock";

/**
 * The mail worker's leases: a claimed row is a worker's until its lease ends (the row's
 * nextAttemptAt), and due again for any worker after that. A worker that dies without recording
 * an outcome thus leaves its rows to the next one after at most a lease. The lease is short, to
 * make that wait short, and renewed while the worker is alive: just before each send, and by a
 * heartbeat while a slow server holds a message.
 */
export const LEASE_MS = 60_000;
/** The heartbeat's period: several renewals fit in a lease, so one slow query loses nothing. */
const HEARTBEAT_MS = LEASE_MS / 4;

const leaseEnd = (now: Date) => new Date(now.getTime() + LEASE_MS);

/** Takes up to `limit` due rows for this lease. */
export async function claimDueRows(
  lease: string,
  limit: number,
  now: Date,
): Promise<OutboxMessage[]> {
  const claimed = await claimRows<{ id: string }>(db, {
    table: "OutboxMessage",
    set: Prisma.sql`"leaseOwner" = ${lease}, "nextAttemptAt" = ${leaseEnd(now)},
        "attempts" = "attempts" + 1`,
    where: Prisma.sql`"state" = ${enumValue("OutboxState", "PENDING")} AND "nextAttemptAt" <= ${now}`,
    orderBy: "nextAttemptAt",
    limit,
    returning: ["id"],
  });
  if (claimed.length === 0) return [];
  return db.outboxMessage.findMany({
    where: { leaseOwner: lease, id: { in: claimed.map((c) => c.id) } },
    orderBy: { createdAt: "asc" },
  });
}

/**
 * Renews one row's lease right before it is sent; false when the row is no longer this lease's
 * (another worker took it after a stall), and then this worker must not send it.
 */
export async function renewRow(id: string, lease: string, now: Date): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id, leaseOwner: lease, state: "PENDING" },
    data: { nextAttemptAt: leaseEnd(now) },
  });
  return count === 1;
}

/** Renews every row still held by `lease` every `everyMs`, until the returned stop is awaited. */
export function keepLeaseAlive(
  lease: string,
  clock: Clock,
  everyMs = HEARTBEAT_MS,
): () => Promise<void> {
  let renewing: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    renewing = renewing.then(() =>
      db.outboxMessage
        .updateMany({
          where: { leaseOwner: lease, state: "PENDING" },
          data: { nextAttemptAt: leaseEnd(clock()) },
        })
        // A missed renewal is not fatal: the next one comes well before the lease ends.
        .catch(() => undefined),
    );
  }, everyMs);
  return async () => {
    clearInterval(timer);
    await renewing;
  };
}
