/**
 * npm run bench [-- --tickets 200000] [--users 5000] [--samples 300]
 *                 [--engine both|sqlite|postgresql] [--database file:./data/bench.db] [--reuse]
 *
 * Builds a benchmark database (never the portal's own; on PostgreSQL a throwaway server removed
 * afterwards), then times the ticket core's hot paths through the same services the portal calls.
 * Next to each read, the very statements it sent (recorded at the driver) run again straight
 * through better-sqlite3 or pg, and the ratio of the two is printed (goal: at most 3). Then eight
 * writers open tickets at once, in one process and then in eight, and the auto-close job sweeps
 * the backlog. `--reuse` keeps an SQLite file already built with at least as many tickets.
 * `--engine both` (the default) runs once per database.
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { CommandError, runCommand } from "./run-command";
import { freshBenchDatabase } from "./bench/measure";
import { rawTableHeader, RATIO_GOAL, timeAgainstRaw } from "./bench/raw/compare";
import { forEachEngine } from "./bench/raw/engines";
import { reusableFile, reusedDataset } from "./bench/raw/reuse";

const { values } = parseArgs({
  options: {
    tickets: { type: "string", default: "200000" },
    users: { type: "string", default: "5000" },
    samples: { type: "string", default: "300" },
    engine: { type: "string", default: "both" },
    database: { type: "string", default: "file:./data/bench.db" },
    reuse: { type: "boolean", default: false },
  },
});
const [tickets, users, samples] = [values.tickets, values.users, values.samples].map(Number);
const NOW = new Date("2026-11-01T12:00:00Z");
const WRITERS = 8;
const CREATIONS = 2_000;

runCommand(async () => {
  if (![tickets, users, samples].every((n) => Number.isInteger(n) && n! > 0))
    throw new CommandError("--tickets, --users and --samples must be positive whole numbers.");
  await forEachEngine(import.meta.filename, values.engine!, values.database!, benchmark);
});

async function benchmark(url: string) {
  const reuse = values.reuse && (await reusableFile(url, tickets!));
  const { provider } = reuse ? { provider: "sqlite" } : await freshBenchDatabase(url);
  process.env.DATABASE_URL = url;
  const { db } = await import("../lib/db");
  const { loadActor } = await import("../lib/tickets/actor");
  const { listMyRequests, countMyRequestsByState } = await import("../lib/tickets/my-requests");
  const { getTicketDetail } = await import("../lib/tickets/ticket-detail");
  const { countQueues } = await import("../lib/tickets/queue-counts");
  const { listQueue } = await import("../lib/tickets/queues");
  const { openRawReplayer } = await import("./bench/raw/replay");

  console.log(
    `\nDatabase: ${provider}; ${reuse ? "reusing" : "building"} ${tickets!.toLocaleString("en")} tickets, ${users!.toLocaleString("en")} users...`,
  );
  const started = performance.now();
  const { buildDataset } = await import("./bench/dataset");
  const data = reuse
    ? await reusedDataset(db, NOW)
    : await buildDataset(db, url, { tickets: tickets!, users: users!, now: NOW, log: console.log });
  // What each portal process does at start and every hour: refresh the planner's statistics.
  const { optimizeDatabase } = await import("../lib/db/maintenance");
  await optimizeDatabase(url);
  // Autovacuum would mark the freshly loaded pages all-visible (index-only scans) in time.
  if (provider === "postgresql") await db.$executeRawUnsafe("VACUUM ANALYZE");
  const events = await db.ticketEvent.count();
  console.log(
    `Ready in ${((performance.now() - started) / 1000).toFixed(1)} s (${data.ticketIds.length.toLocaleString("en")} tickets, ${events.toLocaleString("en")} events); load average ${loadAverage()}\n`,
  );

  const raw = await openRawReplayer(url);
  const ratios: number[] = [];
  const time = async (label: string, run: (i: number) => Promise<unknown>) => {
    const { p50, p95 } = await timeAgainstRaw(label, { samples: samples!, warmUp: 20, raw }, run);
    ratios.push(p50, p95);
  };
  const actors = await Promise.all(data.requesterIds.slice(0, 200).map((id) => loadActor(id)));
  const requester = (i: number) => actors[(i * 37) % actors.length]!;
  const states = ["OPEN", "IN_PROGRESS", "CLOSED", "AWAITING_USER"] as const;

  console.log(rawTableHeader());
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
  const admin = (await loadActor(await benchUser(db, "39999999998", "ADMIN")))!;
  await time("ticket detail with timeline", (i) =>
    getTicketDetail(admin, data.ticketIds[(i * 7919) % data.ticketIds.length]!),
  );
  await time("counts by state (home page)", (i) => countMyRequestsByState(requester(i)));

  // An analyst of one group (a tenth of the tickets) and one in every group (all of them).
  const analysts = await Promise.all([
    loadActor(data.agentIds[0]!),
    loadActor(await benchUser(db, "39999999999", "AGENT")),
  ]);
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
  await raw.close();
  const worst = Math.max(...ratios);
  console.log(
    `Worst ratio ${worst.toFixed(2)} (goal ≤ ${RATIO_GOAL}${worst > RATIO_GOAL ? ": missed" : ": met"}); load average ${loadAverage()}\n`,
  );

  const { timeCreation, timeAutoCloseSweep } = await import("./bench/raw/creation");
  // On SQLite the portal is one process, whose requests share its one connection: the goal's
  // layout. Writer processes each with a connection, as portal processes sharing PostgreSQL, are
  // measured too; on SQLite they also pay for each other's commits (each empties the others'
  // page caches) and for polling the write lock.
  for (const processes of [1, WRITERS]) {
    const goal = provider === "sqlite" && processes === 1;
    await timeCreation(db, url, { writers: WRITERS, processes, goal, tickets: CREATIONS, data });
    console.log(`load average ${loadAverage()}`);
  }
  await timeAutoCloseSweep(db, NOW);
  console.log(`\nPeak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  await db.$disconnect();
}

/**
 * The benchmark's own admin, or its analyst made a member of every group (a coordinator's view,
 * every ticket); the same account again on a reused file.
 */
async function benchUser(
  db: (typeof import("../lib/db"))["db"],
  cpf: string,
  role: "ADMIN" | "AGENT",
) {
  const groups = role === "AGENT" ? await db.supportGroup.findMany({ select: { id: true } }) : [];
  const { id } = await db.user.upsert({
    where: { cpf },
    update: {},
    create: {
      cpf,
      name: role === "ADMIN" ? "Administração" : "Coordenação",
      email: `${cpf}@bench.example`,
      role,
      groups: { create: groups.map((g) => ({ groupId: g.id })) },
    },
    select: { id: true },
  });
  return id;
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
}
