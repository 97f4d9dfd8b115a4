import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MOST_ROWS } from "@/lib/jobs/slices";
import { autoCloseDueTickets } from "@/lib/tickets/auto-close";
import { expandNotifications } from "@/lib/notifications/notification-mails";
import { advance, at, demoWorld, openGerid, type World } from "../factories";

// Scheduled jobs work in short slices and stop at their run's budget, so that the portal keeps
// answering while a backlog is worked off (lib/jobs/slices.ts).

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

async function resolvedBacklog(n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const ticket = await openGerid(world);
    await advance(world, ticket.id, ["start", "resolve"], at("2026-07-01T10:00:00Z"));
    ids.push(ticket.id);
  }
  await expandNotifications(at("2026-07-01T10:00:00Z"), { budgetMs: 60_000 });
  return ids;
}

/**
 * Slices start small and grow at most twice each time, up to MOST_ROWS: how long they take is the
 * benchmark's to measure (npm run bench:jobs), as a timed test would fail on a busy machine.
 */
function expectPacedSlices(rows: number[]) {
  rows.forEach((n, i) => {
    expect(n).toBeLessThanOrEqual(MOST_ROWS);
    if (i > 0) expect(n).toBeLessThanOrEqual(2 * rows[i - 1]!);
  });
}

describe("job slices", () => {
  it("close a backlog in slices that each stay within the slice time, and stop at the run's budget", async () => {
    const ids = await resolvedBacklog(60);
    const slices: { rows: number; ms: number }[] = [];
    const onSlice = (rows: number, ms: number) => slices.push({ rows, ms });

    // A run with no budget left after its first slice closes that slice and stops.
    const first = await autoCloseDueTickets(at("2026-08-01T10:00:00Z"), {
      budgetMs: 0,
      firstRows: 5,
      onSlice,
    });
    expect(first).toEqual({ closed: 5 });
    expect(await db.ticket.count({ where: { id: { in: ids }, state: "CLOSED" } })).toBe(5);

    // The next run carries on, slice after slice, until none is due.
    const rest = await autoCloseDueTickets(at("2026-08-01T10:00:00Z"), { firstRows: 5, onSlice });
    expect(rest).toEqual({ closed: 55 });
    expect(slices.length).toBeGreaterThan(3);
    expectPacedSlices(slices.map((s) => s.rows));
    expect(await db.ticket.count({ where: { id: { in: ids }, state: "CLOSED" } })).toBe(60);
  });

  it("expand a mass closing's notifications in slices within the slice time", async () => {
    const slices: number[] = [];
    const expanded = await expandNotifications(at("2026-08-01T10:00:00Z"), {
      budgetMs: 60_000,
      firstRows: 2,
      onSlice: (rows) => slices.push(rows),
    });
    expect(expanded.notifications).toBe(60); // the auto-close notifications of the first test
    expect(slices.length).toBeGreaterThan(2);
    expectPacedSlices(slices);
  });
});
