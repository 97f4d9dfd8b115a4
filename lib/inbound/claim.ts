import { db, isUniqueViolation } from "@/lib/db";
import type { InboundState } from "@/lib/db/generated/enums";

/**
 * Each received e-mail is processed once, however many readers see it: the first to create its
 * row (unique Message-ID) holds it for a lease; a reader that dies leaves it to the next one
 * once the lease ends. A message whose row is finished is only moved out of the inbox.
 */
export const LEASE_MS = 5 * 60_000;
/** After this many failed runs (the portal's fault, not the mail's), it waits for the admin. */
export const MAX_ATTEMPTS = 5;

export type Envelope = {
  messageId: string;
  mailbox: string;
  uidValidity: string;
  uid: number;
  fromAddress: string;
  fromName: string;
  toAddresses: string;
  subject: string;
  raw: Uint8Array | null;
  size: number;
};

export type ClaimedRow = { id: string; attempts: number; claimedAt: Date; lease: string };
export type Claim =
  { kind: "mine"; row: ClaimedRow } | { kind: "done"; processedAt: Date | null } | { kind: "busy" };

const leaseEnd = (now: Date) => new Date(now.getTime() + LEASE_MS);
const claimedSelect = { id: true, attempts: true, claimedAt: true } as const;

export async function claimMail(envelope: Envelope, lease: string, now: Date): Promise<Claim> {
  try {
    const row = await db.inboundEmail.create({
      data: {
        ...envelope,
        raw: envelope.raw ? Buffer.from(envelope.raw) : null,
        leaseOwner: lease,
        leaseUntil: leaseEnd(now),
        attempts: 1,
        claimedAt: now,
        createdAt: now,
      },
      select: claimedSelect,
    });
    return { kind: "mine", row: { ...row, lease } };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return reclaim({ messageId: envelope.messageId }, lease, now);
}

/** Takes a row whose reader died (its lease ended); "busy" while another reader holds it. */
export async function reclaim(
  where: { messageId: string } | { id: string },
  lease: string,
  now: Date,
): Promise<Claim> {
  const { count } = await db.inboundEmail.updateMany({
    where: { ...where, state: "PROCESSING", leaseUntil: { lt: now } },
    data: { leaseOwner: lease, leaseUntil: leaseEnd(now), attempts: { increment: 1 } },
  });
  if (count === 1) {
    const row = await db.inboundEmail.findUniqueOrThrow({ where, select: claimedSelect });
    return { kind: "mine", row: { ...row, lease } };
  }
  const row = await db.inboundEmail.findUnique({
    where,
    select: { state: true, processedAt: true },
  });
  if (!row || row.state === "PROCESSING") return { kind: "busy" };
  return { kind: "done", processedAt: row.processedAt };
}

export type Outcome = {
  state: Exclude<InboundState, "PROCESSING" | "FAILED">;
  reason?: string;
  ticketId?: string;
};

/** Records what became of the mail, if this lease still holds it. */
export async function finish(row: ClaimedRow, outcome: Outcome, now: Date): Promise<boolean> {
  const { count } = await db.inboundEmail.updateMany({
    where: { id: row.id, leaseOwner: row.lease, state: "PROCESSING" },
    data: {
      state: outcome.state,
      reason: outcome.reason ?? null,
      ticketId: outcome.ticketId ?? null,
      leaseOwner: null,
      leaseUntil: null,
      processedAt: now,
    },
  });
  return count === 1;
}

/**
 * A run that failed for a reason of ours (the database, the disk): tried again after a pause
 * growing with the attempts, and after MAX_ATTEMPTS left FAILED for the admin to re-process.
 */
export async function failed(row: ClaimedRow, error: unknown, now: Date): Promise<void> {
  const giveUp = row.attempts >= MAX_ATTEMPTS;
  await db.inboundEmail.updateMany({
    where: { id: row.id, leaseOwner: row.lease, state: "PROCESSING" },
    data: {
      state: giveUp ? "FAILED" : "PROCESSING",
      reason: `Erro ao processar: ${String(error instanceof Error ? error.message : error).slice(0, 500)}`,
      leaseOwner: null,
      leaseUntil: giveUp ? null : new Date(now.getTime() + 60_000 * 2 ** row.attempts),
      processedAt: giveUp ? now : null,
    },
  });
}
