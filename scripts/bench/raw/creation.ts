import { performance } from "node:perf_hooks";
import type { Db } from "../../../lib/db/client";
import type { Dataset } from "../dataset";
import { createConcurrently } from "./create-writers";

export const CREATION_GOAL = 300;

/** What one ticket's creation writes, counted before and after the writers ran. */
const TABLES = ["ticket", "ticketEvent", "notification", "outboxMessage", "auditLog"] as const;

async function rowCounts(db: Db) {
  const counts = await Promise.all(
    TABLES.map((t) => (db[t] as unknown as { count(): Promise<number> }).count()),
  );
  return Object.fromEntries(TABLES.map((t, i) => [t, counts[i]!])) as Record<
    (typeof TABLES)[number],
    number
  >;
}

/**
 * Ticket creation by `writers` writers at once in `processes` processes, through the "Enviar"
 * service, with the dataset's requesters and catalogue items; prints tickets per second and the
 * rows written, and fails when a ticket lacks its timeline event or its notification (which
 * becomes its outbox mail). `goal` says whether the creation goal applies to this layout.
 */
export async function timeCreation(
  db: Db,
  url: string,
  {
    writers,
    processes,
    goal,
    tickets,
    data,
  }: { writers: number; processes: number; goal: boolean; tickets: number; data: Dataset },
): Promise<void> {
  let before: Awaited<ReturnType<typeof rowCounts>> | undefined;
  const label =
    `ticket creation, ${processes === 1 ? "one process" : `${processes} processes`}`.padEnd(50);
  const run = await createConcurrently(url, {
    writers,
    processes,
    tickets,
    requesterIds: data.requesterIds.slice(0, 200),
    itemIds: data.itemIds,
    onReady: async () => {
      before = await rowCounts(db);
    },
  }).catch((error: Error) => error);
  // A writer that failed (a lock waited for too long) is a finding: printed, and the run goes on.
  if (run instanceof Error) {
    const reason = run.message
      .split("\n")
      .filter((line) => line.trim())
      .at(-1);
    console.log(`${label} FAILED: ${reason}`);
    return;
  }
  const { perSecond, cpuMsPerTicket } = run;
  const after = await rowCounts(db);
  const added = TABLES.map((t) => [t, after[t] - before![t]] as const);
  const opened = after.ticket - before!.ticket;
  const { ticketEvent, notification } = Object.fromEntries(added);
  if (opened < tickets || ticketEvent! < opened || notification! < opened)
    throw new Error(`Creation left rows missing: ${JSON.stringify(Object.fromEntries(added))}`);
  const verdict = goal
    ? `; goal ≥ ${CREATION_GOAL}${perSecond < CREATION_GOAL ? ": missed" : ": met"}`
    : "";
  console.log(
    `${label} ${perSecond.toFixed(0)} tickets/s (${opened} tickets, ${writers} concurrent writers${verdict})`,
  );
  console.log(
    `${"".padEnd(50)} ${cpuMsPerTicket.toFixed(2)} ms of processor time per ticket in the writers`,
  );
  console.log(`${"".padEnd(50)} rows written: ${added.map(([t, n]) => `${t} +${n}`).join(", ")}`);
}

/** The whole auto-close backlog in one call (the scheduled job stops after its budget). */
export async function timeAutoCloseSweep(db: Db, now: Date): Promise<void> {
  const { autoCloseDueTickets } = await import("../../../lib/tickets/auto-close");
  const { fixedClock } = await import("../../../lib/clock");
  const due = await db.ticket.count({
    where: { state: "AWAITING_USER", autoCloseDueAt: { lte: now } },
  });
  const start = performance.now();
  const { closed } = await autoCloseDueTickets(fixedClock(now), { budgetMs: Infinity });
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `${"auto-close sweep".padEnd(50)} ${seconds.toFixed(2)} s for ${closed.toLocaleString("en")} tickets (${due.toLocaleString("en")} due)`,
  );
}
