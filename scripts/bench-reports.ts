/**
 * npm run bench:reports [-- --tickets 1000000] [--users 5000] [--samples 42]
 *                         [--engine both|sqlite|postgresql] [--database file:./data/bench-reports.db|postgresql://...]
 *                         [--reuse]
 *
 * The reports at scale: builds a benchmark database of `--tickets` tickets over thirty months
 * (scripts/bench/dataset.ts; on PostgreSQL a throwaway server removed afterwards, unless
 * `--database postgresql://...` names one), counts the reports' facts with the "report-facts"
 * job, then times each report for a 90-day period, as an admin (everything) and as an analyst of
 * three groups, each with no filter, with a group and with an organization, in turn, and prints
 * p50, p95 and p99 in milliseconds. `--reuse` keeps a database already built with as many
 * tickets (the SQLite file, or that PostgreSQL database).
 * With `--engine both` (the default) it runs itself once per database.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { CommandError, runCommand } from "./run-command";
import { freshBenchDatabase, refuseOwnDatabase, timeSamples } from "./bench/measure";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres";

const { values } = parseArgs({
  options: {
    tickets: { type: "string", default: "1000000" },
    users: { type: "string", default: "5000" },
    samples: { type: "string", default: "42" },
    engine: { type: "string", default: "both" },
    database: { type: "string", default: "file:./data/bench-reports.db" },
    reuse: { type: "boolean", default: false },
  },
});
const tickets = Number(values.tickets);
const users = Number(values.users);
const samples = Number(values.samples);
const NOW = new Date("2026-11-01T12:00:00Z");

runCommand(async () => {
  for (const n of [tickets, users, samples]) {
    if (!Number.isInteger(n) || n <= 0)
      throw new CommandError("--tickets, --users and --samples must be positive whole numbers.");
  }
  if (values.engine === "both") {
    for (const engine of ["sqlite", "postgresql"]) {
      const args = process.argv.slice(2).filter((a) => !a.startsWith("--engine"));
      const child = spawnSync(
        "npx",
        ["tsx", "--conditions=react-server", import.meta.filename, ...args, `--engine=${engine}`],
        { stdio: "inherit" },
      );
      if (child.status !== 0) throw new CommandError(`The ${engine} run failed.`);
    }
    return;
  }
  if (!["sqlite", "postgresql"].includes(values.engine!))
    throw new CommandError('--engine must be "both", "sqlite" or "postgresql".');
  let server: ThrowawayPostgres | undefined;
  try {
    // On PostgreSQL, a throwaway server unless --database names one (to --reuse its data).
    const given = values.database!.startsWith("postgresql://");
    if (values.engine === "postgresql" && !given) server = await startThrowawayPostgres();
    const url = server ? server.url : values.database!;
    refuseOwnDatabase(url);
    await benchmark(url);
  } finally {
    server?.stop();
  }
});

/** Whether the database at `url` was built before with this many tickets (--reuse). */
async function reusable(url: string): Promise<boolean> {
  if (!values.reuse || (url.startsWith("file:") && !fs.existsSync(url.slice(5)))) return false;
  process.env.DATABASE_URL = url;
  const { db } = await import("../lib/db");
  return (await db.ticket.count()) === tickets;
}

async function benchmark(url: string) {
  const reuse = await reusable(url);
  const target = reuse
    ? { provider: url.startsWith("file:") ? "sqlite" : "postgresql" }
    : await freshBenchDatabase(url);
  const { db } = await import("../lib/db");
  const { fixedClock } = await import("../lib/clock");
  const { optimizeDatabase } = await import("../lib/db/maintenance");
  const { refreshReportFacts } = await import("../lib/reports/refresh");
  const { loadReport } = await import("../lib/reports/reports");
  const { REPORT_IDS } = await import("../lib/reports/table");
  const { loadActor } = await import("../lib/tickets/actor");
  const { addDays } = await import("../lib/reports/days");
  console.log(
    `\nDatabase: ${target.provider}; ${tickets.toLocaleString("en")} tickets${reuse ? " (reused)" : ""}`,
  );
  if (!reuse) {
    const { buildDataset } = await import("./bench/dataset");
    const started = performance.now();
    await buildDataset(db, url, { tickets, users, now: NOW, log: console.log });
    console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  {
    // On a reused file, the job counts only what an interrupted run left.
    const started = performance.now();
    const { refreshed } = await refreshReportFacts(
      fixedClock(new Date(NOW.getTime() + 86_400_000)),
    );
    console.log(
      `Report facts of ${refreshed.toLocaleString("en")} tickets counted in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await optimizeDatabase(url);
    // PostgreSQL answers from an index alone only for pages its visibility map marks, which
    // autovacuum does in time; a benchmark right after a bulk load does it here.
    if (target.provider === "postgresql")
      await db.$executeRawUnsafe('VACUUM ANALYZE "ReportTicket"');
  }
  // An analyst of three groups (the dataset puts each agent in one).
  for (const groupId of ["group1", "group2"]) {
    const member = { groupId, userId: "agent0" };
    await db.groupMember.upsert({ where: { groupId_userId: member }, create: member, update: {} });
  }
  const analyst = (await loadActor("agent0"))!;
  const admin = (await db.user.findFirst({ where: { role: "ADMIN" } })) ?? null;
  const adminActor = admin
    ? (await loadActor(admin.id))!
    : {
        id: "bench-admin",
        role: "ADMIN" as const,
        organizationId: null,
        groupIds: [],
        managedOrganizationIds: [],
      };
  const today = "2026-11-01";
  const base = { from: addDays(today, -89), to: today, bucket: "semana" as const };
  const byGroup = { ...base, groupId: "group1" };
  const byOrganization = { ...base, organizationId: "org7" };
  const runs = [adminActor, analyst].flatMap((who) =>
    [base, byGroup, byOrganization].map((filters) => ({ who, filters })),
  );
  const clock = { now: NOW, timeZone: "America/Sao_Paulo" };
  console.log(
    `90 days (${base.from} to ${base.to}), in turn: an admin and an analyst of three groups, each with no filter, one group, one organization\n`,
  );
  for (const id of REPORT_IDS) {
    await timeSamples(`report ${id}`, { samples, warmUp: 3 }, (i) => {
      const run = runs[i % runs.length]!;
      return loadReport(run.who, id, run.filters, clock);
    });
  }
  await db.$disconnect();
}
