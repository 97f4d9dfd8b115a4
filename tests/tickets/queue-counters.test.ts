import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { settledFor } from "@/lib/refusal";
import { assignTicket, transferTicket } from "@/lib/tickets/assignment";
import { autoCloseDueTickets } from "@/lib/tickets/auto-close";
import { bulkAssignToMe, bulkTransfer } from "@/lib/tickets/bulk";
import { QUEUES, type QueueName, type QueueScope } from "@/lib/tickets/queue-names";
import { countQueues } from "@/lib/tickets/queue-counts";
import { changeState } from "@/lib/tickets/state-changes";
import type { StateAction } from "@/lib/tickets/state-machine";
import type { Actor } from "@/lib/tickets/actor";
import { at, demoWorld, openGerid, type World } from "../factories";

// The queue counters (TicketCount, kept by triggers) against a real count of the tickets, after
// random changes through every kind of ticket write, and with writers working at once.

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const key = (groupId: string, state: string, assigneeId: string | null, rejected: boolean) =>
  `${groupId}|${state}|${assigneeId ?? ""}|${rejected}`;

/** Every counter that is not zero, next to the same figures counted over the tickets. */
async function countersAndTruth() {
  const [counters, tickets] = await Promise.all([
    db.ticketCount.findMany({ where: { count: { not: 0 } } }),
    db.ticket.findMany({
      select: { groupId: true, state: true, assigneeId: true, rejectionCount: true },
    }),
  ]);
  const truth: Record<string, number> = {};
  for (const t of tickets) {
    const k = key(t.groupId, t.state, t.assigneeId, t.rejectionCount > 0);
    truth[k] = (truth[k] ?? 0) + 1;
  }
  return {
    counters: Object.fromEntries(
      counters.map((c) => [key(c.groupId, c.state, c.assigneeId, c.rejected), c.count]),
    ),
    truth,
  };
}

/** What countQueues used to do: one count over the tickets per queue. */
async function queuesCounted(actor: Actor) {
  const groups = actor.role === "ADMIN" ? {} : { groupId: { in: actor.groupIds } };
  const entries = await Promise.all(
    (Object.keys(QUEUES) as QueueName[]).map(async (name) => {
      const queue: QueueScope = QUEUES[name];
      const count = await db.ticket.count({
        where: {
          ...groups,
          ...(queue.states ? { state: { in: [...queue.states] } } : {}),
          ...(queue.mine ? { assigneeId: actor.id } : {}),
          ...(queue.rejected ? { rejectionCount: { gt: 0 } } : {}),
        },
      });
      return [name, count] as const;
    }),
  );
  return Object.fromEntries(entries);
}

async function expectCountersTrue() {
  const { counters, truth } = await countersAndTruth();
  expect(counters).toEqual(truth);
  for (const actor of [world.agent, world.otherAgent, world.admin]) {
    expect(await countQueues(actor)).toEqual(await queuesCounted(actor));
  }
}

const CUSTOMER_ACTIONS = new Set<StateAction>(["accept", "reject", "cancel"]);
const ACTIONS: StateAction[] = [
  "start",
  "waitForSupport",
  "resume",
  "askForInfo",
  "resolve",
  "reject",
  "cancel",
];

/** One random change to one random ticket; refusals (a move the state forbids) are fine. */
async function randomChange(next: () => number, ids: string[], day: string) {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const ticket = await db.ticket.findUniqueOrThrow({ where: { id: pick(ids) } });
  const base = { ticketId: ticket.id, version: ticket.version };
  const agent = ticket.groupId === world.n1.id ? world.agent : world.otherAgent;
  const kind = next();
  if (kind < 0.5) {
    const action = pick(ACTIONS);
    const actor = CUSTOMER_ACTIONS.has(action) ? world.requester : agent;
    await settledFor(
      actor,
      changeState(actor, { ...base, action, text: "Texto de teste." }, at(`${day}T10:00:00Z`)),
    );
  } else if (kind < 0.75) {
    const assigneeId = ticket.assigneeId ? null : agent.id;
    await settledFor(agent, assignTicket(agent, { ...base, assigneeId }));
  } else {
    const groupId = ticket.groupId === world.n1.id ? world.relacionamento.id : world.n1.id;
    await settledFor(agent, transferTicket(agent, { ...base, groupId, reason: "Outro grupo." }));
  }
}

describe("queue counters", () => {
  it("equal the real counts after random creations, state changes, assignments, transfers, bulk actions and auto-close", async () => {
    const next = random(24);
    await expectCountersTrue(); // the seed's tickets, filled by the migration and the triggers
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) ids.push((await openGerid(world)).id);
    for (let i = 0; i < 120; i++) await randomChange(next, ids, "2026-07-01");
    await expectCountersTrue();

    await bulkAssignToMe(world.agent, ids.slice(0, 12));
    await bulkTransfer(world.agent, ids.slice(6, 18), world.relacionamento.id, "Em lote.");
    await expectCountersTrue();

    // Everything resolved in July closes in one set-based sweep; two at least, whatever chance did.
    for (let i = 0; i < 2; i++) {
      const ticket = await openGerid(world);
      await changeState(
        world.agent,
        { ticketId: ticket.id, version: ticket.version, action: "start" },
        at("2026-07-01T10:00:00Z"),
      );
      await changeState(
        world.agent,
        { ticketId: ticket.id, version: ticket.version + 1, action: "resolve", text: "Resolvido." },
        at("2026-07-01T11:00:00Z"),
      );
    }
    const { closed } = await autoCloseDueTickets(at("2026-08-01T10:00:00Z"));
    expect(closed).toBeGreaterThanOrEqual(2);
    await expectCountersTrue();

    await db.ticket.deleteMany({ where: { id: { in: ids.slice(0, 5) } } });
    await expectCountersTrue();
  });

  it("equal the real counts when several connections change tickets at once", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await openGerid(world)).id);
    const other = createPrismaClient(process.env.DATABASE_URL!);
    try {
      const writers = [1, 2, 3].map(async (seed) => {
        const next = random(seed);
        for (let i = 0; i < 25; i++) await randomChange(next, ids, "2026-07-02");
      });
      // Meanwhile another connection moves tickets in set-based statements, as a sweep does.
      const sweeper = (async () => {
        for (let i = 0; i < 10; i++) {
          const groupId = i % 2 ? world.n1.id : world.relacionamento.id;
          await other.ticket.updateMany({
            where: { id: { in: ids.slice(i, i + 8) } },
            data: { groupId, assigneeId: null, rejectionCount: i % 3 },
          });
        }
      })();
      await Promise.all([...writers, sweeper]);
    } finally {
      await other.$disconnect();
    }
    await expectCountersTrue();
  });
});
