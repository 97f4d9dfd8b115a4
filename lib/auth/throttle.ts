import "server-only";
import { db } from "@/lib/db";

/**
 * Sign-in throttling, per CPF and per client address, kept in the database so that every portal
 * process counts the same failures. Failures within a 15-minute window first slow the answer
 * down, then refuse sign-in for 15 minutes; nothing locks an account for good. An address gets
 * a higher limit than a CPF because a whole city hall may sit behind one address.
 */
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
const SLOW_AFTER = 3;
const STEP_DELAY_MS = 500;
const MAX_DELAY_MS = 3_000;

export type ThrottleKey = { key: string; lockAfter: number };

export function throttleKeys(cpfKey: string, address: string): ThrottleKey[] {
  return [
    { key: `cpf:${cpfKey}`, lockAfter: 5 },
    { key: `ip:${address}`, lockAfter: 20 },
  ];
}

/** When sign-in is refused for these keys, the moment it opens again; otherwise null. */
export async function lockedUntil(keys: ThrottleKey[], now: Date): Promise<Date | null> {
  const rows = await db.authThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  const until = rows
    .map((row) => row.lockedUntil)
    .filter((date): date is Date => date !== null && date > now)
    .sort((a, b) => b.getTime() - a.getTime());
  return until[0] ?? null;
}

/**
 * Counts a failure on each key and returns how long to hold the answer back. The count restarts
 * when the window has passed; reaching a key's limit locks it.
 */
export async function recordFailure(
  keys: ThrottleKey[],
  now: Date,
): Promise<{ delayMs: number; locked: boolean }> {
  let worst = 0;
  let locked = false;
  for (const { key, lockAfter } of keys) {
    const failures = await db.$transaction(async (tx) => {
      const row = await tx.authThrottle.findUnique({ where: { key } });
      const fresh = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
      const count = fresh ? 1 : row.failures + 1;
      const lock = count >= lockAfter ? new Date(now.getTime() + LOCK_MS) : null;
      const data = {
        failures: lock ? 0 : count,
        windowStart: fresh || lock ? now : row.windowStart,
        lockedUntil: lock,
      };
      await tx.authThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
      if (lock) locked = true;
      return count;
    });
    worst = Math.max(worst, failures);
  }
  const delayMs =
    worst > SLOW_AFTER ? Math.min(MAX_DELAY_MS, (worst - SLOW_AFTER) * STEP_DELAY_MS) : 0;
  return { delayMs, locked };
}

/** A successful sign-in forgets the CPF's failures (the address keeps its own count). */
export async function clearFailures(key: ThrottleKey): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key: key.key } });
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
