import { Worker } from "node:worker_threads";
import { log } from "@/lib/log";

/** How long a jobs thread that ended by accident waits before it is started again. */
const RESTART_AFTER_MS = 10_000;

/**
 * Runs the scheduled jobs (scripts/jobs-thread.ts, compiled to `entry`) in a thread of the
 * server's process, with their own database connection. In the request thread, a mass closing
 * and its e-mails held up every page for their slices, for the checkpoints SQLite makes in the
 * connection that wrote (200 ms at a time) and for the collection of their garbage; in a thread
 * they take the machine's other core instead, for the memory of one more JavaScript heap rather
 * than one more process. A thread that dies is started again. Answers how to end it.
 */
export function startJobsThread(
  entry: URL,
  { restartAfterMs = RESTART_AFTER_MS } = {},
): () => Promise<void> {
  let worker: Worker;
  let ending = false;
  const start = () => {
    if (ending) return;
    worker = new Worker(entry, { name: "jobs" });
    worker.on("error", (error) => log.error({ event: "jobs.thread.failed", err: error }));
    worker.on("exit", (code) => {
      if (ending) return;
      log.warn({ event: "jobs.thread.exited", code }, `Jobs thread ended; restarting it.`);
      setTimeout(start, restartAfterMs).unref();
    });
  };
  start();
  return async () => {
    ending = true;
    await worker.terminate();
  };
}
