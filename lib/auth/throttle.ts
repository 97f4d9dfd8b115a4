import "server-only";
import { db, isUniqueViolation } from "@/lib/db";

/**
 * Sign-in throttling, kept in the database so that every portal process counts the same attempts.
 *
 * Per account (key `cpf:<digits>`, whatever address the attempts come from): each attempt is
 * claimed before the password is checked, so a burst of simultaneous guesses gets one turn, not
 * one each. From the 5th consecutive failure on, the account waits before the next attempt: 1
 * minute, then 2, 4, 8, and at most 15; an hour without attempts, or a success, starts over.
 * Nothing locks an account for good.
 *
 * Per address (key `ip:<address>`): 20 failures within 15 minutes refuse that address for 15
 * minutes; higher than an account's because a whole city hall may sit behind one address.
 */
export const MAX_LOCK_MS = 15 * 60_000;
export const QUIET_MS = 60 * 60_000;
const FIRST_LOCK_AT = 5;
const FIRST_LOCK_MS = 60_000;
const SLOW_AFTER = 3;
const STEP_DELAY_MS = 500;
const MAX_DELAY_MS = 3_000;
const ADDRESS_WINDOW_MS = 15 * 60_000;
const ADDRESS_LOCK_AFTER = 20;

export const accountKey = (cpf: string) => `cpf:${cpf}`;
export const addressKey = (address: string) => `ip:${address}`;

/** How long the account waits after its `attempt`-th consecutive failure: doubling, capped. */
export function lockAfterFailure(attempt: number): number {
  if (attempt < FIRST_LOCK_AT) return 0;
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (attempt - FIRST_LOCK_AT));
}

/** How long a failed answer is held back: nothing for the first few, then up to 3 s. */
export function delayAfterFailure(attempt: number): number {
  return attempt > SLOW_AFTER ? Math.min(MAX_DELAY_MS, (attempt - SLOW_AFTER) * STEP_DELAY_MS) : 0;
}

export type Claim = { ok: true; attempt: number } | { ok: false; until: Date };

/**
 * Takes the account's next turn: refused while it waits, or when a simultaneous attempt took
 * this turn (compare-and-set on the count). The lock this attempt would bring is written now,
 * before the password is checked; a success deletes it with the row (clearAccount).
 */
export async function claimAttempt(key: string, now: Date): Promise<Claim> {
  const row = await throttleRow(key, now);
  if (row.lockedUntil && row.lockedUntil > now) return { ok: false, until: row.lockedUntil };
  const quiet = now.getTime() - row.windowStart.getTime() > QUIET_MS;
  const attempt = quiet ? 1 : row.failures + 1;
  const lock = lockAfterFailure(attempt);
  const { count } = await db.authThrottle.updateMany({
    where: { key, failures: row.failures, windowStart: row.windowStart },
    // windowStart holds the time of the latest attempt, from which QUIET_MS is counted.
    data: {
      failures: attempt,
      windowStart: now,
      lockedUntil: lock ? new Date(now.getTime() + lock) : null,
    },
  });
  return count === 1 ? { ok: true, attempt } : { ok: false, until: now };
}

async function throttleRow(key: string, now: Date) {
  const existing = await db.authThrottle.findUnique({ where: { key } });
  if (existing) return existing;
  try {
    return await db.authThrottle.create({ data: { key, failures: 0, windowStart: now } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.authThrottle.findUniqueOrThrow({ where: { key } }); // created by a simultaneous attempt
  }
}

/** A successful sign-in forgets the account's failures (the address keeps its own count). */
export async function clearAccount(key: string): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key } });
}

/** When sign-in from this address opens again, or null when it is open. */
export async function addressLockedUntil(key: string, now: Date): Promise<Date | null> {
  const row = await db.authThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/** Counts a failure from an address; the limit within the window locks it. Returns the lock. */
export async function recordAddressFailure(key: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const row = await tx.authThrottle.findUnique({ where: { key } });
    const fresh = !row || now.getTime() - row.windowStart.getTime() > ADDRESS_WINDOW_MS;
    const count = fresh ? 1 : row.failures + 1;
    const lock = count >= ADDRESS_LOCK_AFTER;
    const data = {
      failures: lock ? 0 : count,
      windowStart: fresh || lock ? now : row.windowStart,
      lockedUntil: lock ? new Date(now.getTime() + MAX_LOCK_MS) : null,
    };
    await tx.authThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    return lock;
  });
}

/**
 * Counts one use of a limited action (e.g. reset requests) and tells whether it is still within
 * `limit` uses per window. Shares the table with sign-in failures, under its own keys.
 */
export async function consumeAllowance(
  key: string,
  limit: number,
  windowMs: number,
  now: Date,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const row = await tx.authThrottle.findUnique({ where: { key } });
    const fresh = !row || now.getTime() - row.windowStart.getTime() > windowMs;
    const count = fresh ? 1 : row.failures + 1;
    const data = { failures: count, windowStart: fresh ? now : row.windowStart, lockedUntil: null };
    await tx.authThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    return count <= limit;
  });
}
