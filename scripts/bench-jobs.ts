/**
 * npm run bench:jobs [-- --tickets 1000000] [--users 20000] [--engine postgresql]
 *                    [--smtp-down 60] [--mail-rate 30000] [--minutes 40] [--port 3392]
 *
 * Scheduled work against the portal's answers, measured from outside: builds (or, on SQLite,
 * reuses a copy of) the benchmark database with its tickets dated a month ago, so that every
 * resolution waiting for acceptance is past its auto-close date (about 150,000 at a million).
 * Times the pages first with the jobs off (idle), then starts the production server again with
 * the jobs on and an SMTP server on loopback that is down for the first `--smtp-down` seconds,
 * and every 10 s prints, while the backlog is worked: p50/p95/p99 of the requester's home,
 * "Minhas Solicitações", a ticket page, the queue of an analyst in every group and /api/health,
 * the tickets still due, the e-mails waiting and delivered, and the resident memory of the
 * server's whole process tree. Ends with the goals met or not, and a check at the SMTP server
 * that every e-mail the outbox sent arrived exactly once.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { CommandError, runCommand } from "./run-command";
import { signIn, type CookieJar } from "./bench/http";
import { freshBenchDatabase, percentileLine, percentiles } from "./bench/measure";
import { BENCH_PASSWORD, letSignIn } from "./bench/people";
import { startPortal } from "./bench/portal";
import { treeRssMb } from "./bench/process-tree";
import { smtpSink } from "./bench/smtp-sink";
import { freePort, startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres";

const { values } = parseArgs({
  options: {
    tickets: { type: "string", default: "1000000" },
    users: { type: "string", default: "20000" },
    engine: { type: "string", default: "sqlite" },
    "smtp-down": { type: "string", default: "60" },
    "mail-rate": { type: "string", default: "30000" },
    minutes: { type: "string", default: "40" },
    port: { type: "string", default: "3392" },
  },
});
const n = (name: keyof typeof values) => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value <= 0)
    throw new CommandError(`--${name} must be a positive whole number.`);
  return value;
};
const WINDOW_MS = 10_000;
const SQLITE_FILE = "data/bench-jobs.db";
const DAY = 86_400_000;

type Target = { label: string; path: string; expect: string; jar: "requester" | "analyst" | null };

runCommand(async () => {
  if (!["sqlite", "postgresql"].includes(values.engine!))
    throw new CommandError('--engine must be "sqlite" or "postgresql".');
  let postgres: ThrowawayPostgres | undefined;
  try {
    if (values.engine === "postgresql") postgres = await startThrowawayPostgres();
    await benchmark(postgres?.url ?? `file:./${SQLITE_FILE}`);
  } finally {
    postgres?.stop();
  }
});

async function benchmark(database: string) {
  const people = await prepareDatabase(database);
  const port = n("port");

  console.log("\nIdle: the jobs off, 30 s of the same requests.");
  const idlePortal = await startPortal(database, port, { RUN_JOBS: "false" });
  const jars = await signInBoth(idlePortal.base, people);
  const targets = pagesOf(people.ticketNumber);
  const idle = await measureWindow(idlePortal.base, targets, jars, 30_000);
  const idleP99 = new Map(targets.map((t) => [t.label, percentiles(idle.get(t.label)!).p99]));
  for (const t of targets) console.log(percentileLine(`  ${t.label}`, idle.get(t.label)!));
  idlePortal.stop();
  await new Promise((resolve) => setTimeout(resolve, 2000));

  const sink = smtpSink(await freePort());
  const smtpDownMs = n("smtp-down") * 1000;
  console.log(
    `\nBacklog: the jobs on; the SMTP server comes up after ${smtpDownMs / 1000} s; MAIL_RATE_PER_MINUTE=${n("mail-rate")}.`,
  );
  const portal = await startPortal(database, port, {
    RUN_JOBS: "true",
    SMTP_URL: sink.url,
    MAIL_RATE_PER_MINUTE: String(n("mail-rate")),
  });
  const began = performance.now();
  console.log(
    `The portal answered /api/health ${portal.startSeconds.toFixed(1)} s after its start.`,
  );
  const smtpUp = setTimeout(() => void sink.listen(), smtpDownMs);
  const { db } = await import("../lib/db");
  const busy = new Map<string, number[]>(targets.map((t) => [t.label, []]));
  let peakRss = 0;
  let finished = false;
  try {
    const liveJars = await signInBoth(portal.base, people);
    const deadline = began + n("minutes") * 60_000;
    while (performance.now() < deadline) {
      const window = await measureWindow(portal.base, targets, liveJars, WINDOW_MS);
      const left = await backlog(db);
      const rss = treeRssMb(portal.process.pid!);
      peakRss = Math.max(peakRss, rss);
      const seconds = Math.round((performance.now() - began) / 1000);
      const cells = targets.map((t) => {
        const { p50, p95, p99 } = percentiles(window.get(t.label)!);
        return `${t.short} ${p50.toFixed(0)}/${p95.toFixed(0)}/${p99.toFixed(0)}`;
      });
      console.log(
        `${String(seconds).padStart(5)} s  ${cells.join("  ")} ms  due ${left.due}  notifications ${left.notifications}  outbox ${left.pending}  received ${sink.count()}  RSS ${rss.toFixed(0)} MB`,
      );
      const working = left.due + left.notifications + left.pending > 0;
      if (working) for (const t of targets) busy.get(t.label)!.push(...window.get(t.label)!);
      if (!working) {
        finished = true;
        break;
      }
    }
    report(targets, idleP99, busy, peakRss, finished);
    // An unfinished run is counted once the portal has stopped: not while it still sends.
    await portal.ended();
    await checkDelivery(db, sink);
  } finally {
    clearTimeout(smtpUp);
    portal.stop();
    await sink.stop();
    await db.$disconnect();
  }
}

/** The benchmark database, the busiest requester and an analyst in every group able to sign in. */
async function prepareDatabase(database: string) {
  const tickets = n("tickets");
  const { databaseTarget } = await import("../lib/db/target");
  const target = databaseTarget(database);
  // A month old: every waiting resolution is past its auto-close date.
  const now = new Date(Date.now() - 30 * DAY);
  const base = `data/bench-jobs-${tickets}.base.db`;
  if (target.provider === "sqlite" && fs.existsSync(base)) {
    console.log(`Reusing ${base} (delete it to build again).`);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(SQLITE_FILE + suffix, { force: true });
    fs.copyFileSync(base, SQLITE_FILE);
    process.env.DATABASE_URL = database;
  } else {
    await freshBenchDatabase(database);
    const { db } = await import("../lib/db");
    const { buildDataset } = await import("./bench/dataset");
    console.log(
      `Database: ${target.provider}; building ${tickets.toLocaleString("en")} tickets...`,
    );
    await buildDataset(db, database, { tickets, users: n("users"), now, log: console.log });
    if (target.provider === "sqlite") {
      await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      fs.copyFileSync(SQLITE_FILE, base);
    }
  }
  const { db } = await import("../lib/db");
  const { optimizeDatabase } = await import("../lib/db/maintenance");
  const [busiest] = await db.ticket.groupBy({
    by: ["requesterId"],
    _count: { _all: true },
    orderBy: { _count: { requesterId: "desc" } },
    take: 1,
  });
  const requesterCpf = await letSignIn(db, busiest!.requesterId, "123456780");
  const analyst = await db.user.findFirstOrThrow({ where: { role: "AGENT" } });
  const analystCpf = await letSignIn(db, analyst.id, "987654320");
  const groups = await db.supportGroup.findMany({ select: { id: true } });
  await db.groupMember.deleteMany({ where: { userId: analyst.id } });
  await db.groupMember.createMany({
    data: groups.map((g) => ({ userId: analyst.id, groupId: g.id })),
  });
  const ticket = await db.ticket.findFirstOrThrow({
    where: { requesterId: busiest!.requesterId, state: "IN_PROGRESS" },
    select: { number: true },
  });
  await optimizeDatabase(database);
  const due = await db.ticket.count({
    where: { state: "AWAITING_USER", autoCloseDueAt: { lte: new Date() } },
  });
  console.log(
    `${due.toLocaleString("en")} tickets due for auto-close; the analyst is in ${groups.length} groups.`,
  );
  await db.$disconnect();
  return { requesterCpf, analystCpf, ticketNumber: ticket.number };
}

function pagesOf(ticketNumber: string): (Target & { short: string })[] {
  return [
    {
      label: "requester home",
      short: "home",
      path: "/",
      expect: "Página Inicial",
      jar: "requester",
    },
    {
      label: "Minhas Solicitações",
      short: "list",
      path: "/solicitacoes",
      expect: 'href="/solicitacoes/CS',
      jar: "requester",
    },
    {
      label: "ticket page",
      short: "ticket",
      path: `/solicitacoes/${ticketNumber}`,
      expect: ticketNumber,
      jar: "requester",
    },
    {
      label: "queue, analyst in every group",
      short: "queue",
      path: "/agente?fila=ag-atendimento",
      expect: "Ag. Atendimento",
      jar: "analyst",
    },
    { label: "/api/health", short: "health", path: "/api/health", expect: "", jar: null },
  ];
}

async function signInBoth(base: string, people: { requesterCpf: string; analystCpf: string }) {
  return {
    requester: await signIn(base, people.requesterCpf, BENCH_PASSWORD),
    analyst: await signIn(base, people.analystCpf, BENCH_PASSWORD),
  };
}

/** One client, the targets in turn, for `ms`: each target's durations. */
async function measureWindow(
  base: string,
  targets: readonly Target[],
  jars: Record<"requester" | "analyst", CookieJar>,
  ms: number,
): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(targets.map((t) => [t.label, []]));
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (const target of targets) {
      const started = performance.now();
      const response = await fetch(`${base}${target.path}`, {
        headers: target.jar ? { cookie: jars[target.jar].header() } : {},
      });
      const body = await response.text();
      if (response.status !== 200 || !body.includes(target.expect))
        throw new CommandError(
          `${target.path} answered ${response.status} without "${target.expect}".`,
        );
      times.get(target.label)!.push(performance.now() - started);
    }
  }
  return times;
}

/** What the jobs still have to do: tickets due, notifications not yet e-mails, e-mails unsent. */
async function backlog(db: (typeof import("../lib/db"))["db"]) {
  const [due, notifications, pending] = await Promise.all([
    db.ticket.count({ where: { state: "AWAITING_USER", autoCloseDueAt: { lte: new Date() } } }),
    db.notification.count({ where: { processedAt: null } }),
    db.outboxMessage.count({ where: { state: "PENDING" } }),
  ]);
  return { due, notifications, pending };
}

function report(
  targets: readonly Target[],
  idleP99: Map<string, number>,
  busy: Map<string, number[]>,
  peakRss: number,
  finished: boolean,
) {
  console.log(`\nDuring the backlog (${finished ? "worked off" : "NOT worked off in time"}):`);
  const verdicts: string[] = [];
  for (const t of targets) {
    const ms = busy.get(t.label)!;
    if (ms.length === 0) continue;
    console.log(percentileLine(`  ${t.label}`, ms));
    const { p95, p99 } = percentiles(ms);
    if (t.path === "/api/health") verdicts.push(goal("health p99 ≤ 100 ms", p99 <= 100));
    else
      verdicts.push(
        goal(
          `${t.label}: p99 ≤ 2 × idle ${idleP99.get(t.label)!.toFixed(0)} ms`,
          p99 <= 2 * idleP99.get(t.label)!,
        ),
      );
    if (t.path.startsWith("/agente")) verdicts.push(goal(`${t.label}: p95 ≤ 50 ms`, p95 <= 50));
  }
  console.log(`  peak RSS of the server's process tree: ${peakRss.toFixed(0)} MB`);
  for (const line of verdicts) console.log(line);
}

const goal = (what: string, met: boolean) => `  ${met ? "met    " : "MISSED "} ${what}`;

/** Every e-mail the outbox says it sent reached the SMTP server once, and nothing else did. */
async function checkDelivery(
  db: (typeof import("../lib/db"))["db"],
  sink: ReturnType<typeof smtpSink>,
) {
  const sent = await db.outboxMessage.findMany({
    where: { state: "SENT" },
    select: { messageId: true },
  });
  const twice = [...sink.received.values()].filter((count) => count > 1).length;
  const missing = sent.filter((m) => !sink.received.has(m.messageId)).length;
  const strangers = sink.received.size - (sent.length - missing) + sink.withoutId();
  console.log(
    `\nE-mails: ${sent.length.toLocaleString("en")} sent by the outbox, ${sink.count().toLocaleString("en")} received; ${missing} missing, ${twice} received twice, ${strangers} unknown.`,
  );
  if (missing || twice || strangers)
    throw new CommandError("Not every e-mail arrived exactly once.");
}
