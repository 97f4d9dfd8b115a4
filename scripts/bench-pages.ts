/**
 * npm run bench:pages [-- --tickets 1000000] [--samples 200] [--port 3390]
 *
 * The requester's pages as a browser gets them: builds the benchmark database (as `npm run
 * bench`), gives one requester a ticket with 50 timeline events and a password, starts the
 * production server on it, signs in over HTTP and times full server renders of "Minhas
 * Solicitações", of that ticket's page and of an agent's queues (an agent of one of the ten
 * groups, a tenth of the tickets). Prints p50/p95/p99 in milliseconds, and the database queries
 * one render of each page runs (the server logs each query, LOG_QUERIES; requests go one at a
 * time with the jobs off, so the queries logged before a request's access-log line are its own).
 */
import { CommandError, runCommand } from "./run-command";
import { CookieJar, QueryCounter, signIn } from "./bench/http";
import { benchArguments, freshBenchDatabase, timeSamples } from "./bench/measure";
import { BENCH_PASSWORD, letSignIn } from "./bench/people";
import { startPortal } from "./bench/portal";

const { tickets, users, samples, port, ...values } = benchArguments(
  { tickets: 1_000_000, users: 5000, samples: 200, port: 3390 },
  "file:./data/bench-pages.db",
);
const base = `http://localhost:${port}`;

let counter: QueryCounter;

async function time(label: string, jar: CookieJar, path: string, expect: string) {
  const get = async () => {
    const response = await fetch(`${base}${path}`, { headers: { cookie: jar.header() } });
    const html = await response.text();
    if (response.status !== 200 || !html.includes(expect)) {
      const title = /<title>([^<]*)/.exec(html)?.[1];
      throw new CommandError(
        `${path} answered ${response.status} ("${title}") without "${expect}".`,
      );
    }
  };
  await timeSamples(label, { samples, warmUp: 10 }, get);
  console.log(`${"".padEnd(44)} ${await counter.during(get)} database queries per render`);
}

runCommand(async () => {
  const { databaseTarget } = await import("../lib/db/target");
  if (databaseTarget(values.database).provider !== "sqlite")
    throw new CommandError("bench:pages runs on SQLite files.");
  await freshBenchDatabase(values.database);
  const { db } = await import("../lib/db");
  const { buildDataset } = await import("./bench/dataset");
  const { optimizeDatabase } = await import("../lib/db/maintenance");
  const { loadActor } = await import("../lib/tickets/actor");
  const { addComment } = await import("../lib/tickets/comments");

  console.log(`Building ${tickets.toLocaleString("en")} tickets...`);
  const data = await buildDataset(db, values.database, {
    tickets,
    users,
    now: new Date("2026-11-01T12:00:00Z"),
    log: console.log,
  });
  // The requester with the most tickets: the heaviest "Minhas Solicitações".
  const [busiest] = await db.ticket.groupBy({
    by: ["requesterId"],
    _count: { _all: true },
    orderBy: { _count: { requesterId: "desc" } },
    take: 1,
  });
  const agentCpf = await letSignIn(db, data.agentIds[0]!, "987654320");
  const agent = await db.user.findUniqueOrThrow({
    where: { id: data.agentIds[0]! },
    include: { groups: { include: { group: { select: { name: true } } } } },
  });
  const agentTickets = await db.ticket.count({
    where: { groupId: { in: agent.groups.map((g) => g.groupId) } },
  });
  console.log(
    `Agent ${agent.name} (${agent.groups.map((g) => g.group.name).join(", ")}): ${agentTickets.toLocaleString("en")} tickets in their groups.`,
  );
  const cpf = await letSignIn(db, busiest!.requesterId, "123456780");
  const requester = await db.user.findUniqueOrThrow({ where: { id: busiest!.requesterId } });
  const ticket = await db.ticket.findFirstOrThrow({
    where: {
      requesterId: requester.id,
      state: { in: ["OPEN", "IN_PROGRESS", "AWAITING_SUPPORT"] },
    },
  });
  const actor = (await loadActor(requester.id))!;
  const existing = await db.ticketEvent.count({ where: { ticketId: ticket.id } });
  for (let i = existing; i < 50; i++) {
    const result = await addComment(actor, { ticketId: ticket.id, body: `Mensagem ${i + 1}.` });
    if (!result.ok) throw new Error(JSON.stringify(result));
  }
  await optimizeDatabase(values.database);
  const mine = await db.ticket.count({ where: { requesterId: requester.id } });
  console.log(
    `Requester ${requester.name}: ${mine} tickets; ${ticket.number} has ${await db.ticketEvent.count({ where: { ticketId: ticket.id } })} events (of ${data.ticketIds.length.toLocaleString("en")} tickets).`,
  );
  await db.$disconnect();

  const server = await startPortal(
    values.database,
    port,
    { RUN_JOBS: "false", LOG_QUERIES: "true" },
    (log) => (counter = new QueryCounter(log)),
  );
  try {
    const jar = await signIn(base, cpf, BENCH_PASSWORD);
    await time("Página Inicial (requester home)", jar, "/", "Página Inicial");
    await time("Minhas Solicitações (20 newest)", jar, "/solicitacoes", `href="/solicitacoes/CS`);
    await time(
      "Minhas Solicitações, filtered by state",
      jar,
      "/solicitacoes?estado=CLOSED",
      "Minhas Solicitações",
    );
    await time(`ticket page with 50 events`, jar, `/solicitacoes/${ticket.number}`, "Mensagem 50.");
    const agentJar = await signIn(base, agentCpf, BENCH_PASSWORD);
    for (const [slug, label] of [
      ["ag-atendimento", "Ag. Atendimento"],
      ["todos", "Todos os Tickets"],
      ["finalizados", "Tickets Finalizados"],
    ] as const) {
      await time(`agent queue "${label}" (25 rows)`, agentJar, `/agente?fila=${slug}`, label);
    }
  } finally {
    server.stop();
  }
});
