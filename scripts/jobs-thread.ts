/**
 * The scheduled jobs' thread, started by the portal's server (lib/jobs/thread.ts) unless
 * RUN_JOBS=false, and compiled to .next/portal-jobs.mjs by scripts/portal-build.ts. Everything
 * it loads (the database client, the mail transport) is its own: it shares with the request
 * thread only the database and the server's request counters, by which its jobs rest longer
 * while people are served. It runs at a lower CPU priority than the pages. Told "stop" (the
 * server is shutting down), it lets the runs under way end and then ends itself.
 */
import { parentPort, workerData } from "node:worker_threads";
import { lowerThreadPriority, STOP_JOBS } from "../lib/jobs/thread";
import { startScheduledJobs } from "../lib/jobs/scheduler";
import { watchPageActivity } from "../lib/jobs/page-activity";

lowerThreadPriority();
watchPageActivity((workerData as { pageActivity?: SharedArrayBuffer } | null)?.pageActivity);
const stopJobs = startScheduledJobs();
parentPort?.on("message", (message) => {
  if (message === STOP_JOBS) void stopJobs().then(() => process.exit(0));
});
