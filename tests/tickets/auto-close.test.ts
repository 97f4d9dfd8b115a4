import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { autoCloseDueTickets } from "@/lib/tickets/auto-close";
import { changeState } from "@/lib/tickets/state-changes";
import { advance, at, demoWorld, openGerid, recipientsOf, type World } from "../factories";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

const resolvedOn = (iso: string) =>
  openGerid(world, { followerIds: [world.colleague.id] }).then((t) =>
    advance(world, t.id, ["start", "resolve"], at(iso)),
  );

describe("auto-close", () => {
  it("closes unanswered resolutions after the setting's days, once, with an event and e-mails", async () => {
    const due = await resolvedOn("2026-11-01T10:00:00Z");
    const notYet = await resolvedOn("2026-11-05T10:00:00Z");
    await db.settings.create({ data: { autoCloseDays: 3 } });
    const shortPeriod = await resolvedOn("2026-11-05T10:00:00Z");

    const result = await autoCloseDueTickets(at("2026-11-08T10:00:00Z"));
    expect(result).toEqual({ closed: 2 });

    const rows = await db.ticket.findMany({
      where: { id: { in: [due.id, notYet.id, shortPeriod.id] } },
    });
    const state = (id: string) => rows.find((r) => r.id === id)!.state;
    expect(state(due.id)).toBe("CLOSED");
    expect(state(shortPeriod.id)).toBe("CLOSED");
    expect(state(notYet.id)).toBe("AWAITING_USER");

    const event = await db.ticketEvent.findFirstOrThrow({
      where: { ticketId: due.id, toState: "CLOSED" },
    });
    expect(event).toMatchObject({
      actorId: null,
      fromState: "AWAITING_USER",
      type: "STATE_CHANGED",
    });
    expect(await db.notification.findUnique({ where: { eventId: event.id } })).toMatchObject({
      kind: "ticket.auto_closed",
    });
    expect(await recipientsOf(event.id)).toEqual([world.requester.id, world.colleague.id].sort());
    // Prisma reads the rows the set-based SQL wrote like any other.
    const closedTicket = await db.ticket.findUniqueOrThrow({ where: { id: due.id } });
    expect(closedTicket.closedAt?.toISOString()).toBe("2026-11-08T10:00:00.000Z");
    expect(closedTicket.version).toBe(due.version + 1);
    expect(event.data).toEqual({ action: "autoClose" });
    expect(event.createdAt.toISOString()).toBe("2026-11-08T10:00:00.000Z");

    expect(await autoCloseDueTickets(at("2026-11-08T10:00:00Z"))).toEqual({ closed: 0 });
    await db.settings.delete({ where: { id: 1 } });
  });

  it("leaves a ticket the requester answered in time", async () => {
    const ticket = await resolvedOn("2026-10-01T10:00:00Z");
    const rejected = await changeState(world.requester, {
      ticketId: ticket.id,
      version: ticket.version,
      action: "reject",
      text: "Ainda não funciona.",
    });
    expect(rejected.ok).toBe(true);
    await autoCloseDueTickets(at("2026-12-01T10:00:00Z"));
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).state).toBe(
      "IN_PROGRESS",
    );
  });

  it("closes each ticket exactly once when two runs overlap", async () => {
    const tickets = [];
    for (let i = 0; i < 30; i++) tickets.push(await resolvedOn("2026-09-01T10:00:00Z"));
    const clock = at("2026-09-30T10:00:00Z");
    const [a, b] = await Promise.all([autoCloseDueTickets(clock), autoCloseDueTickets(clock)]);
    expect(a.closed + b.closed).toBe(30);
    const ids = tickets.map((t) => t.id);
    expect(await db.ticket.count({ where: { id: { in: ids }, state: "CLOSED" } })).toBe(30);
    expect(
      await db.ticketEvent.count({ where: { ticketId: { in: ids }, toState: "CLOSED" } }),
    ).toBe(30);
    expect(
      await db.notification.count({ where: { ticketId: { in: ids }, kind: "ticket.auto_closed" } }),
    ).toBe(30);
  });
});

describe("npm run job -- auto-close", () => {
  it("runs the sweep from the command line with a simulated clock", async () => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const ticket = await resolvedOn("2026-08-01T10:00:00Z");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        "scripts/job.ts",
        "auto-close",
        "--now",
        "2026-08-20T10:00:00Z",
      ],
      { env: { ...process.env } },
    );
    expect(JSON.parse(stdout.trim())).toEqual({ closed: 1 });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).state).toBe("CLOSED");
  });
});
