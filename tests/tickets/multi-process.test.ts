import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { advance, at, demoWorld, openGerid, type World } from "../factories";

const run = promisify(execFile);

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

/** One job runner in a process of its own, as cron or a second portal process would run it. */
function jobProcess(now: string) {
  return run(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/job.ts", "auto-close", "--now", now],
    { env: { ...process.env } },
  ).then(({ stdout }) => JSON.parse(stdout.trim()) as { closed: number });
}

describe("several processes at once", () => {
  it("closes each due ticket exactly once when two job processes overlap", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const ticket = await openGerid(world);
      await advance(world, ticket.id, ["start", "resolve"], at("2026-07-01T10:00:00Z"));
      ids.push(ticket.id);
    }

    const [a, b] = await Promise.all([
      jobProcess("2026-07-20T10:00:00Z"),
      jobProcess("2026-07-20T10:00:00Z"),
    ]);

    expect(a.closed + b.closed).toBe(60);
    expect(await db.ticket.count({ where: { id: { in: ids }, state: "CLOSED" } })).toBe(60);
    const events = await db.ticketEvent.groupBy({
      by: ["ticketId"],
      where: { ticketId: { in: ids }, toState: "CLOSED" },
      _count: { _all: true },
    });
    expect(events).toHaveLength(60);
    expect(events.every((e) => e._count._all === 1)).toBe(true);
    expect(
      await db.notification.count({ where: { ticketId: { in: ids }, kind: "ticket.auto_closed" } }),
    ).toBe(60);
  });
});
