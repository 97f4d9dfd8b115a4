import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { agentDashboard } from "@/lib/tickets/dashboard";
import { ACTIVE_STATES } from "@/lib/tickets/states";
import { listQueue, type QueueName } from "@/lib/tickets/queues";
import { advance, demoWorld, openGerid, type World } from "../factories";

/**
 * A queue over several groups is read group by group and state by state, then merged
 * (lib/tickets/merged-page.ts): every page must be the page one sorted query gives, ties included.
 */
let world: World;
let coordinator: World["agent"];

beforeAll(async () => {
  world = await demoWorld();
  const tickets = [];
  for (let i = 0; i < 9; i++) tickets.push(await openGerid(world));
  for (const ticket of tickets.slice(0, 3))
    await advance(world, ticket.id, ["start", "resolve", "accept"]);
  await advance(world, tickets[3]!.id, ["cancel"]);
  // Half in the other group, and last changes with ties, so that the merge must break them by number.
  for (const [i, ticket] of tickets.entries()) {
    await db.ticket.update({
      where: { id: ticket.id },
      data: {
        groupId: i % 2 ? world.relacionamento.id : world.n1.id,
        updatedAt: new Date(Date.UTC(2026, 10, 2, 12, Math.floor(i / 3))),
        // For the dashboard's lists: deadlines past and openings, with ties, in another order.
        resolutionDueAt: new Date(Date.UTC(2026, 10, 3, 12, 10 - Math.floor(i / 2))),
        createdAt: new Date(Date.UTC(2026, 10, 1, 12, 10 - Math.floor(i / 2))),
      },
    });
  }
  coordinator = { ...world.agent, groupIds: [world.n1.id, world.relacionamento.id] };
});

async function everyPage(queue: QueueName, direction: "asc" | "desc") {
  const ids: string[] = [];
  for (let page = 1; page <= 5; page++) {
    const { rows } = await listQueue(coordinator, queue, {
      sort: "updatedAt",
      direction,
      page,
      pageSize: 2,
    });
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

describe("a queue over several groups", () => {
  it.each([
    ["all", "desc"],
    ["all", "asc"],
    ["finished", "desc"],
    ["open", "asc"],
  ] as const)("pages %s (%s) exactly as one sorted query", async (queue, direction) => {
    const states = { all: undefined, finished: ["CLOSED", "CANCELLED"], open: ["OPEN"] }[queue];
    const expected = await db.ticket.findMany({
      where: {
        groupId: { in: coordinator.groupIds },
        ...(states ? { state: { in: states as ("OPEN" | "CLOSED" | "CANCELLED")[] } } : {}),
      },
      orderBy: [{ updatedAt: direction }, { number: direction }],
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(await everyPage(queue, direction)).toEqual(expected.map((t) => t.id).slice(0, 10));
  });
});

describe("the dashboard of an analyst in several groups", () => {
  it("lists the SLA breaches and the oldest waiting exactly as one sorted query", async () => {
    const now = new Date(Date.UTC(2026, 10, 4));
    const dashboard = (await agentDashboard(coordinator, now))!;
    const groupId = { in: coordinator.groupIds };
    const breached = await db.ticket.findMany({
      where: { groupId, state: { in: [...ACTIVE_STATES] }, resolutionDueAt: { lt: now } },
      orderBy: [{ resolutionDueAt: "asc" }, { number: "asc" }],
      select: { number: true },
      take: 10,
    });
    const oldest = await db.ticket.findMany({
      where: { groupId, state: "OPEN" },
      orderBy: [{ createdAt: "asc" }, { number: "asc" }],
      select: { number: true },
      take: 10,
    });
    expect(breached.length).toBeGreaterThan(2);
    expect(dashboard.breached.map((t) => t.number)).toEqual(breached.map((t) => t.number));
    expect(oldest.length).toBeGreaterThan(2);
    expect(dashboard.oldest.map((t) => t.number)).toEqual(oldest.map((t) => t.number));
  });
});
