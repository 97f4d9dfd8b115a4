import { setImmediate, setTimeout } from "node:timers/promises";
import { log } from "@/lib/log";
import { jobsStopping } from "./stopping";

/**
 * How a scheduled job shares the portal's process: its work is done in slices of a few hundred
 * rows at most, each about SLICE_MS long (including the time it holds SQLite's write lock), and
 * after each slice the event loop serves whatever waits, for as long again, before any job's next
 * slice (one lane for all: inLane), so that the jobs together never take more than half the
 * process. A run stops when its budget is spent; the next tick
 * carries on, so start-up never waits for a backlog.
 */
export const SLICE_MS = 50;
const FIRST_ROWS = 20;
export const MOST_ROWS = 500;
const PROGRESS_EVERY_MS = 60_000;

export type SliceOptions = {
  /** The whole run's budget: no new slice starts after it. */
  budgetMs: number;
  /** Rows the slice is asked for at first; it adapts to take about SLICE_MS. */
  firstRows?: number;
  /** What remains, for the progress line (at most one a minute): a cheap, indexed count. */
  remaining?: () => Promise<number>;
  /** Told each slice's rows and duration (tests measure them). */
  onSlice?: (rows: number, ms: number) => void;
};

const lastProgress = new Map<string, number>();

/**
 * Runs `slice(limit)` (which does up to `limit` rows and answers how many it did) until a slice
 * finds less than it was asked for, or the budget is spent. Answers the rows done and whether the
 * work is finished. A run also ends after its slice under way when the jobs are stopping.
 */
export async function inSlices(
  job: string,
  verb: string,
  slice: (limit: number) => Promise<number>,
  options: SliceOptions,
): Promise<{ done: number; finished: boolean }> {
  const start = performance.now();
  const fewest = options.firstRows ?? FIRST_ROWS;
  let rows = fewest;
  let done = 0;
  for (;;) {
    const { did, ms } = await inLane(async () => {
      const began = performance.now();
      const did = await slice(rows);
      const ms = performance.now() - began;
      await setImmediate(); // let the requests that waited run first
      await setTimeout(Math.min(ms, SLICE_MS)); // the rest, before any job's next slice
      return { did, ms };
    });
    options.onSlice?.(did, ms);
    done += did;
    if (did < rows) return { done, finished: true };
    await reportProgress(job, verb, done, options.remaining);
    if (performance.now() - start > options.budgetMs || jobsStopping.aborted)
      return { done, finished: false };
    rows = nextSize(rows, ms, fewest);
  }
}

/**
 * One lane for every job of the process: a slice and its rest run while no other job's do, so
 * that the jobs together, not each of them, take at most half of the process's time. Several
 * jobs with a backlog at once (closings, their e-mails, reminders) would otherwise fill it.
 */
let laneFree: Promise<void> = Promise.resolve();
async function inLane<T>(work: () => Promise<T>): Promise<T> {
  const before = laneFree;
  let release!: () => void;
  laneFree = new Promise((resolve) => (release = resolve));
  await before;
  try {
    return await work();
  } finally {
    release();
  }
}

/**
 * Aims the next slice at SLICE_MS from the last one's pace, never growing more than twice. Never
 * below the first slice's size: a slice also has a cost that does not shrink with its rows (finding them,
 * committing), and pacing on it alone would bring slices down to one row and the work to a crawl.
 */
function nextSize(rows: number, ms: number, fewest: number): number {
  const paced = Math.floor((rows * SLICE_MS * 0.8) / Math.max(ms, 1));
  return Math.max(fewest, Math.min(MOST_ROWS, rows * 2, paced));
}

async function reportProgress(
  job: string,
  verb: string,
  done: number,
  remaining?: () => Promise<number>,
): Promise<void> {
  const now = Date.now();
  if (now - (lastProgress.get(job) ?? 0) < PROGRESS_EVERY_MS) return;
  lastProgress.set(job, now);
  const left = remaining ? await remaining() : null;
  const rest = left === null ? "" : `, ${left.toLocaleString("en")} remain`;
  log.info(
    { event: "job.progress", job, done, remaining: left },
    `${job}: ${done.toLocaleString("en")} ${verb}${rest}`,
  );
}
