import type { Tx } from "@/lib/db/client";

const PREFIX = "CS";
const DIGITS = 7;

/** 123 -> "CS0000123" */
export function formatTicketNumber(sequence: number): string {
  return PREFIX + String(sequence).padStart(DIGITS, "0");
}

/**
 * The next ticket number, taken from the "ticket" counter row inside the caller's transaction:
 * the row's write lock orders concurrent openings, and a rolled-back opening gives its number
 * back, so numbers are unique and strictly increasing with no `max()+1` race.
 */
export async function nextTicketNumber(tx: Tx): Promise<string> {
  const counter = await tx.counter.upsert({
    where: { name: "ticket" },
    create: { name: "ticket", value: 1 },
    update: { value: { increment: 1 } },
  });
  return formatTicketNumber(counter.value);
}
