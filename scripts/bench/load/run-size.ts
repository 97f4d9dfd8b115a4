import crypto from "node:crypto";
import os from "node:os";
import { signIn } from "../http";
import { BENCH_PASSWORD } from "../people";
import { startPortal, type RunningPortal } from "../portal";
import { actionIds } from "./actions";
import { printProfiles } from "./profile";
import { pacedStep, type Visitor } from "./paced";
import { preparePeople } from "./people";
import { measured, printBreakdown, printTable, type Row } from "./report";
import { saturate } from "./saturation";
import { VirtualUser } from "./visitor";

export type SizeOptions = {
  tickets: number;
  processes: number;
  steps: number[];
  seconds: number;
  saturation: number[];
  overload: number;
  port: number;
  /** Whether the scheduled jobs run too (their thread's memory is then the portal's). */
  jobs: boolean;
  /** Where the server processes write their V8 CPU profiles (--cpu-prof), if asked. */
  profileDir?: string;
};
export type SizeResult = { tickets: number; goal: Row; saturation: number };

const SATURATION_SECONDS = 15;
const PROFILER = new URL("./cpu-profiler.mjs", import.meta.url).pathname;
const RECOVERY_USERS = 25;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The whole benchmark on the database as loaded: prints its table and the goals. */
export async function runSize(database: string, o: SizeOptions): Promise<SizeResult> {
  const people = await preparedPeople(database, Math.max(...o.steps, ...o.saturation, o.overload));
  // One secret for all processes, as behind a load balancer: a session is good on each.
  const secret = crypto.randomBytes(32).toString("base64url");
  const portals: RunningPortal[] = [];
  try {
    for (let i = 0; i < o.processes; i++) {
      const portal = await startPortal(database, o.port + i, {
        AUTH_SECRET: secret,
        // By default the request path alone: on a freshly loaded database the jobs start with a
        // backlog (the report facts of every ticket) that is bench:jobs's subject, not this one's.
        RUN_JOBS: String(o.jobs),
        ...(o.profileDir
          ? { NODE_OPTIONS: `--import=${PROFILER}`, BENCH_CPU_PROF_DIR: o.profileDir }
          : {}),
      });
      console.log(
        `Portal ${i + 1} answered at ${portal.base} ${portal.startSeconds.toFixed(1)} s after its start.`,
      );
      portals.push(portal);
    }
    const actions = actionIds();
    const visitors: Visitor[] = [];
    for (let v = 0; v < people.length; v += 4) {
      // Four sign-ins at a time: argon2 is meant to be slow.
      const batch = people.slice(v, v + 4).map(async (person, i) => {
        const base = portals[(v + i) % portals.length]!.base;
        const jar = await signIn(base, person.cpf, BENCH_PASSWORD);
        return { vu: new VirtualUser(person, base, actions), jar };
      });
      visitors.push(...(await Promise.all(batch)));
    }
    console.log(`${visitors.length} virtual users signed in; ${os.loadavg()[0]!.toFixed(1)} load.`);
    const roots = portals.map((p) => p.process.pid!);
    const rows: Row[] = [];
    const step = async (label: string, seconds: number, run: () => Promise<Row["samples"]>) => {
      const row = await measured(label, seconds, roots, run);
      rows.push(row);
      printTable("", [row]);
      return row;
    };
    for (const n of o.steps)
      await step(`${n} users, 1–3 s reading`, o.seconds, () =>
        pacedStep(visitors.slice(0, n), o.seconds),
      );
    const goal = rows.at(-1)!;
    let best: Row | undefined;
    for (const c of o.saturation) {
      const row = await step(`saturation, ${c} conn.`, SATURATION_SECONDS, () =>
        saturate(visitors, c, SATURATION_SECONDS),
      );
      if (!best || row.pagesPerSecond > best.pagesPerSecond) best = row;
    }
    await step(`${o.overload} users (overload)`, o.seconds, () =>
      pacedStep(visitors.slice(0, o.overload), o.seconds),
    );
    await sleep(5000);
    await step(`recovery, ${RECOVERY_USERS} users`, 15, () =>
      pacedStep(visitors.slice(0, RECOVERY_USERS), 15),
    );
    printTable(
      `${o.tickets.toLocaleString("en")} tickets, ${o.processes} process(es), ${database.split(":")[0]}:`,
      rows,
    );
    printBreakdown(goal);
    if (best) printBreakdown(best);
    const saturation = best?.pagesPerSecond ?? 0;
    printGoals(goal, saturation, o.processes);
    return { tickets: o.tickets, goal, saturation };
  } finally {
    for (const portal of portals) portal.stop();
    if (o.profileDir) await profilesOf(portals, o.profileDir);
  }
}

/** The profiles are written as the processes exit. */
async function profilesOf(portals: readonly RunningPortal[], dir: string) {
  const exited = (p: RunningPortal) =>
    p.process.exitCode !== null || new Promise((resolve) => p.process.once("exit", resolve));
  await Promise.all(portals.map(exited));
  printProfiles(dir);
}

async function preparedPeople(database: string, count: number) {
  const { db } = await import("../../../lib/db");
  const { hashPassword } = await import("../../../lib/auth/password");
  const { optimizeDatabase } = await import("../../../lib/db/maintenance");
  const people = await preparePeople(db, count, await hashPassword(BENCH_PASSWORD));
  await optimizeDatabase(database);
  await db.$disconnect();
  return people;
}

function printGoals(goal: Row, saturation: number, processes: number) {
  const line = (what: string, met: boolean) =>
    console.log(`  ${met ? "met    " : "MISSED "} ${what}`);
  console.log(`\nGoals (2 cores):`);
  line(`${goal.step}: p95 ≤ 250 ms (${goal.p95.toFixed(0)} ms)`, goal.p95 <= 250);
  line(`${goal.step}: no errors (${goal.errors})`, goal.errors === 0);
  if (processes === 1) {
    line(
      `peak RSS of the portal ≤ 512 MB (${goal.peakRssMb.toFixed(0)} MB)`,
      goal.peakRssMb <= 512,
    );
    line(`saturation ≥ 200 pages/s (${saturation.toFixed(0)})`, saturation >= 200);
  }
}
