/**
 * The scheduled jobs' thread, started by the portal's server (lib/jobs/thread.ts) unless
 * RUN_JOBS=false, and compiled to .next/portal-jobs.mjs by scripts/portal-build.ts. Everything
 * it loads (the database client, the mail transport) is its own: nothing is shared with the
 * request thread but the database.
 */
import { startScheduledJobs } from "../lib/jobs/scheduler";

startScheduledJobs();
