/** Next calls this once per server process: start the scheduled jobs there (Node runtime only). */
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- Next's own runtime marker, not configuration
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/config/env");
  if (!env.runJobs) return;
  const { startScheduledJobs } = await import("@/lib/jobs/scheduler");
  startScheduledJobs();
}
