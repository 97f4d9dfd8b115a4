/**
 * npm run bench:load [-- --tickets 1000000[,...]] [--engine postgresql] [--processes 2]
 *                    [--steps 25,50,100,200] [--seconds 30] [--saturation 8,32] [--overload 400]
 *                    [--port 3410] [--cpu-prof] [--jobs]
 *
 * The portal under people: builds (or reuses) a database of a million tickets, 20,000 users and
 * 500 organizations, starts the production server as the README does (`npm start`; its jobs off
 * unless --jobs: their backlog on a fresh database is bench:jobs's subject, and at a million tickets
 * the report facts' first run shares the machine with the load for minutes) and signs in one session per virtual
 * user. Each virtual user goes round the portal as a person (scripts/bench/load/visitor.ts): a
 * requester opens the home, "Minhas Solicitações" (filtered and not), a ticket, a catalogue form,
 * comments and opens tickets; an analyst opens queues and tickets, writes internal notes and
 * changes states. After each page it reads for 1 to 3 s. Steps of 25 to 200 virtual users, then saturation (autocannon,
 * no reading time), then an overload of 400 and the recovery after it. Prints pages/s,
 * p50/p95/p99, errors, 503s, the peak resident memory and CPU of the portal's whole process tree,
 * CPU time per page and the load average; with several --tickets, how p95 and memory grow with
 * them. --cpu-prof has the server processes write V8 profiles and prints where their time went.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { CommandError, runCommand } from "./run-command";
import { loadDatabase, SQLITE_URL } from "./bench/load/database";
import { runSize, type SizeResult } from "./bench/load/run-size";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres";

const { values } = parseArgs({
  options: {
    tickets: { type: "string", default: "1000000" },
    users: { type: "string", default: "20000" },
    organizations: { type: "string", default: "500" },
    engine: { type: "string", default: "sqlite" },
    processes: { type: "string", default: "1" },
    steps: { type: "string", default: "25,50,100,200" },
    seconds: { type: "string", default: "30" },
    saturation: { type: "string", default: "8,32" },
    overload: { type: "string", default: "400" },
    port: { type: "string", default: "3410" },
    "cpu-prof": { type: "boolean", default: false },
    jobs: { type: "boolean", default: false },
  },
});

function numbers(name: keyof typeof values): number[] {
  const list = String(values[name]).split(",").map(Number);
  if (!list.every((n) => Number.isInteger(n) && n > 0))
    throw new CommandError(`--${name} must be positive whole numbers, separated by commas.`);
  return list;
}
const one = (name: keyof typeof values) => numbers(name)[0]!;

runCommand(async () => {
  if (!["sqlite", "postgresql"].includes(values.engine!))
    throw new CommandError('--engine must be "sqlite" or "postgresql".');
  let postgres: ThrowawayPostgres | undefined;
  const results: SizeResult[] = [];
  try {
    if (values.engine === "postgresql") postgres = await startThrowawayPostgres({ durable: true });
    const database = postgres?.url ?? SQLITE_URL;
    for (const tickets of numbers("tickets")) {
      const shape = { tickets, users: one("users"), organizations: one("organizations") };
      console.log(`\n=== ${tickets.toLocaleString("en")} tickets, ${values.engine} ===`);
      await loadDatabase(database, shape, console.log);
      results.push(
        await runSize(database, {
          tickets,
          processes: one("processes"),
          steps: numbers("steps"),
          seconds: one("seconds"),
          saturation: numbers("saturation"),
          overload: one("overload"),
          port: one("port"),
          jobs: values.jobs!,
          profileDir: values["cpu-prof"]
            ? fs.mkdtempSync(path.join(os.tmpdir(), "bench-load-prof-"))
            : undefined,
        }),
      );
    }
  } finally {
    postgres?.stop();
  }
  if (results.length > 1) printGrowth(results);
});

/** How the goal step's p95 and the memory grow with the number of tickets. */
function printGrowth(results: readonly SizeResult[]) {
  console.log("\nGrowth with the number of tickets (the largest paced step):");
  const [first] = results;
  for (const r of results) {
    console.log(
      `  ${r.tickets.toLocaleString("en").padStart(10)} tickets  ${r.goal.step}: p95 ${r.goal.p95.toFixed(0).padStart(5)} ms (×${(r.goal.p95 / first!.goal.p95).toFixed(2)})  peak RSS ${r.goal.peakRssMb.toFixed(0).padStart(5)} MB (×${(r.goal.peakRssMb / first!.goal.peakRssMb).toFixed(2)})  saturation ${r.saturation.toFixed(0)} pages/s`,
    );
  }
}
