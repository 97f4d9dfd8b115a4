/**
 * npm run bench [-- --tickets 1000000] [--users 5000] [--database file:./data/bench.db]
 *
 * Builds a fresh benchmark database (never the portal's own), then times the ticket core's hot
 * paths through the same services the portal calls and prints p50/p95/p99 in milliseconds.
 */
import { performance } from "node:perf_hooks";
import { runCommand } from "./run-command";
import { benchArguments, freshBenchDatabase, timeSamples } from "./bench/measure";

const { tickets, users, samples, ...values } = benchArguments(
  { tickets: 200_000, users: 5000, samples: 300 },
  "file:./data/bench.db",
);

const time = (label: string, run: (i: number) => Promise<unknown>) =>
  timeSamples(label, { samples, warmUp: 20 }, run);

runCommand(async () => {
  const target = await freshBenchDatabase(values.database);

  const { db } = await import("../lib/db");
  const { buildDataset } = await import("./bench/dataset");
  const { loadActor } = await import("../lib/tickets/actor");
  const { listMyRequests, countMyRequestsByState } = await import("../lib/tickets/my-requests");
  const { getTicketDetail } = await import("../lib/tickets/ticket-detail");
  const { openTicket } = await import("../lib/tickets/open-ticket");
  const { autoCloseDueTickets } = await import("../lib/tickets/auto-close");
  const { fixedClock } = await import("../lib/clock");
  const { countQueues } = await import("../lib/tickets/queue-counts");
  const { listQueue } = await import("../lib/tickets/queues");

  console.log(
    `Database: ${target.provider}; building ${tickets.toLocaleString("en")} tickets, ${users.toLocaleString("en")} users...`,
  );
  const started = performance.now();
  const now = new Date("2026-11-01T12:00:00Z");
  const data = await buildDataset(db, values.database, { tickets, users, now, log: console.log });
  // What each portal process does at start and every hour: refresh the planner's statistics.
  const { optimizeDatabase } = await import("../lib/db/maintenance");
  await optimizeDatabase(values.database);
  const events = await db.ticketEvent.count();
  console.log(
    `Built in ${((performance.now() - started) / 1000).toFixed(1)} s (${events.toLocaleString("en")} events)\n`,
  );

  const actors = await Promise.all(data.requesterIds.slice(0, 200).map((id) => loadActor(id)));
  const requester = (i: number) => actors[(i * 37) % actors.length]!;
  const states = ["OPEN", "IN_PROGRESS", "CLOSED", "AWAITING_USER"] as const;

  await time("my requests, 20 newest, filtered by state", (i) =>
    listMyRequests(requester(i), { state: states[i % states.length], pageSize: 20 }),
  );
  await time("my requests, 20 newest, no filter", (i) =>
    listMyRequests(requester(i), { pageSize: 20 }),
  );
  await time('my requests, whose turn ("Respondida")', (i) =>
    listMyRequests(requester(i), { turn: "SUPPORT", pageSize: 20 }),
  );
  // A real account: reading another person's ticket writes its line in their access log (LGPD).
  const { id: adminId } = await db.user.create({
    data: {
      cpf: "39999999998",
      name: "Administração",
      email: "admin@bench.example",
      role: "ADMIN",
    },
  });
  const admin = (await loadActor(adminId))!;
  await time("ticket detail with timeline", (i) =>
    getTicketDetail(admin, data.ticketIds[(i * 7919) % data.ticketIds.length]!),
  );
  await time("counts by state (home page)", (i) => countMyRequestsByState(requester(i)));

  // An analyst of one group (a tenth of the tickets) and one in every group (all of them).
  const analysts = await Promise.all([loadActor(data.agentIds[0]!), allGroupsAnalyst(db)]);
  for (const [who, analyst] of [
    ["one group", analysts[0]!],
    ["every group", analysts[1]!],
  ] as const) {
    await time(`queue counts, analyst in ${who}`, () => countQueues(analyst));
    await time(`"Reprovadas", analyst in ${who}`, () => listQueue(analyst, "rejected"));
    await time(`"Ag. Atendimento" awaiting an answer, ${who}`, () =>
      listQueue(analyst, "open", { turn: "CUSTOMER" }),
    );
  }

  const creations = 2_000;
  const concurrency = 8;
  let next = 0;
  const createStart = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < creations) {
        const i = next++;
        const result = await openTicket(requester(i), {
          itemId: data.itemIds[i % data.itemIds.length]!,
          answers: { motivo: "Problema" },
          description: "Criada pelo benchmark.",
        });
        if (!result.ok) throw new Error(JSON.stringify(result));
      }
    }),
  );
  const perSecond = creations / ((performance.now() - createStart) / 1000);
  console.log(
    `${"ticket creation".padEnd(42)} ${perSecond.toFixed(0)} tickets/s (${creations} tickets, ${concurrency} at a time)`,
  );

  const due = await db.ticket.count({
    where: { state: "AWAITING_USER", autoCloseDueAt: { lte: now } },
  });
  const sweepStart = performance.now();
  // The whole backlog in one call (the scheduled job stops after its budget and carries on).
  const { closed } = await autoCloseDueTickets(fixedClock(now), { budgetMs: Infinity });
  const sweepSeconds = (performance.now() - sweepStart) / 1000;
  console.log(
    `${"auto-close sweep".padEnd(42)} ${sweepSeconds.toFixed(2)} s for ${closed.toLocaleString("en")} tickets (${due.toLocaleString("en")} due)`,
  );
  console.log(`\nPeak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  await db.$disconnect();
});

/** An analyst made a member of every group: a coordinator's view, every ticket. */
async function allGroupsAnalyst(db: (typeof import("../lib/db"))["db"]) {
  const { loadActor } = await import("../lib/tickets/actor");
  const groups = await db.supportGroup.findMany({ select: { id: true } });
  const analyst = await db.user.create({
    data: {
      cpf: "39999999999",
      name: "Coordenação",
      email: "coordenacao@bench.example",
      role: "AGENT",
      groups: { create: groups.map((g) => ({ groupId: g.id })) },
    },
  });
  return (await loadActor(analyst.id))!;
}
