import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import { log } from "@/lib/log";

/** What the server's thread says to the jobs thread: end once the runs under way have ended. */
export const STOP_JOBS = "stop";
/** How long a jobs thread that ended by accident waits before it is started again. */
const RESTART_AFTER_MS = 10_000;
/**
 * How long a stopping server lets the runs under way end (a run's budget is a few seconds, an
 * e-mail's SMTP exchange at most its timeout) before it ends the thread anyway.
 */
const STOP_GRACE_MS = 15_000;

/** The jobs thread's nice value: on a core both want, it gets about a tenth of what a page gets. */
export const JOBS_NICE = 10;

/**
 * Lowers the calling thread's CPU priority to JOBS_NICE; the jobs thread calls it first. When
 * the machine's cores are all busy (a render, the database's processes, the jobs), the kernel then
 * runs the pages first and gives the jobs what is left, instead of an equal share: a backlog's
 * slices slowed the pages they overlapped. Linux keeps a nice value per thread, and
 * setpriority on id 0 changes the calling thread only; other systems would lower the whole
 * process, pages included, so elsewhere it does nothing.
 */
export function lowerThreadPriority(): void {
  if (process.platform !== "linux") return;
  try {
    os.setPriority(0, Math.max(os.getPriority(0), JOBS_NICE)); // never raised: an operator's nice stays
  } catch (error) {
    log.warn({ event: "jobs.thread.priority_failed", err: error });
  }
}

/**
 * Runs the scheduled jobs (scripts/jobs-thread.ts, compiled to `entry`) in a thread of the
 * server's process, with their own database connection. In the request thread, a mass closing
 * and its e-mails held up every page for their slices, for the checkpoints SQLite makes in the
 * connection that wrote (200 ms at a time) and for the collection of their garbage; in a thread
 * they take the machine's other core instead, for the memory of one more JavaScript heap rather
 * than one more process. A thread that dies is started again. Answers how to end it: the thread
 * is told to stop and given STOP_GRACE_MS to finish what it is doing, so that an e-mail the SMTP
 * server accepted is recorded as sent, not sent again after the restart.
 */
export function startJobsThread(
  entry: URL,
  { restartAfterMs = RESTART_AFTER_MS, stopGraceMs = STOP_GRACE_MS } = {},
): () => Promise<void> {
  let worker: Worker;
  let exited: Promise<unknown>;
  let ending = false;
  const start = () => {
    if (ending) return;
    worker = new Worker(entry, { name: "jobs" });
    exited = new Promise((resolve) => worker.once("exit", resolve));
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
    worker.postMessage(STOP_JOBS); // a thread already gone ignores it
    const grace = new AbortController();
    const ended = await Promise.race([
      exited.then(() => true),
      sleep(stopGraceMs, false, { signal: grace.signal }).catch(() => false),
    ]);
    grace.abort();
    if (!ended) log.warn({ event: "jobs.thread.stop_timeout" }, "Jobs still running; ending them.");
    await worker.terminate();
  };
}
