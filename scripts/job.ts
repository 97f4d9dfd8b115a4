/**
 * Runs one scheduled job once, for cron or for deployments that keep jobs out of the web
 * processes:  npm run job -- auto-close|deliver-mail|db-optimize [--now 2026-12-31T12:00:00Z]
 * `--now` runs it as if it were that moment (default: the real clock).
 */
import { parseArgs } from "node:util";
import { JOBS, type JobName } from "../lib/jobs/scheduler";
import { db } from "../lib/db";
import { closeMailTransport } from "../lib/notifications/worker";
import { CommandError, runCommand } from "./run-command";

runCommand(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { now: { type: "string" } },
  });
  const name = positionals[0] ?? "";
  if (!(name in JOBS))
    throw new CommandError(`Unknown job "${name}". Jobs: ${Object.keys(JOBS).join(", ")}.`);
  const now = values.now === undefined ? undefined : new Date(values.now);
  if (now && Number.isNaN(now.getTime()))
    throw new CommandError(`--now must be an ISO date, got "${values.now}".`);
  try {
    console.log(JSON.stringify(await JOBS[name as JobName].run(now)));
  } finally {
    closeMailTransport();
    await db.$disconnect();
  }
});
