/**
 * The scheduled jobs' thread, started by the portal's server (lib/jobs/thread.ts) unless
 * RUN_JOBS=false, and compiled to .next/portal-jobs.mjs by scripts/portal-build.ts. Everything
 * it loads (the database client, the mail transport) is its own: nothing is shared with the
 * request thread but the database. It runs at a lower CPU priority than the pages. Told "stop"
 * (the server is shutting down), it lets the runs under way end and then ends itself.
 */
import { parentPort } from "node:worker_threads";
import { lowerThreadPriority, STOP_JOBS } from "../lib/jobs/thread";
import { startScheduledJobs } from "../lib/jobs/scheduler";

lowerThreadPriority();
const stopJobs = startScheduledJobs();
parentPort?.on("message", (message) => {
  if (message === STOP_JOBS) void stopJobs().then(() => process.exit(0));
});
