import { afterEach, describe, expect, it } from "vitest";
import {
  activityMark,
  createPageActivity,
  servedSince,
  watchPageActivity,
} from "@/lib/jobs/page-activity";
import { BUSY_REST, inSlices, restAfter, SLICE_MS } from "@/lib/jobs/slices";

// The server counts the requests it serves in shared memory; the jobs read the counters after each
// slice and rest longer while people are served (lib/jobs/page-activity.ts, lib/jobs/slices.ts).

afterEach(() => watchPageActivity(undefined));

/** Busy for `ms` on the processor, as a slice of work is. */
function work(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe("the server's requests, as the jobs see them", () => {
  it("are seen as served from a request's start until a mark taken after its end", () => {
    const pages = createPageActivity();
    watchPageActivity(pages.buffer);
    const quiet = activityMark();
    expect(servedSince(quiet)).toBe(false);

    pages.began();
    expect(servedSince(quiet)).toBe(true);
    expect(servedSince(activityMark())).toBe(true); // still under way

    pages.ended();
    expect(servedSince(quiet)).toBe(true); // one was served since that mark
    expect(servedSince(activityMark())).toBe(false);
  });

  it("are never seen without a server (the jobs run from the command line)", () => {
    const pages = createPageActivity();
    pages.began();
    expect(servedSince(activityMark())).toBe(false);
  });

  it("make the rest after a slice BUSY_REST times as long, up to SLICE_MS a slice", () => {
    expect(restAfter(20, false)).toBe(20);
    expect(restAfter(20, true)).toBe(20 * BUSY_REST);
    expect(restAfter(SLICE_MS * 4, true)).toBe(SLICE_MS * BUSY_REST);
  });

  it("space a sliced run's slices further apart while a request is under way", async () => {
    const pages = createPageActivity();
    watchPageActivity(pages.buffer);
    pages.began(); // a page being served for the whole run
    const starts: number[] = [];
    const durations: number[] = [];
    await inSlices(
      "test",
      "rows",
      async (limit) => {
        starts.push(performance.now());
        work(20);
        return starts.length < 3 ? limit : 0;
      },
      { budgetMs: 60_000, onSlice: (_rows, ms) => durations.push(ms) },
    );
    expect(starts).toHaveLength(3);
    for (const i of [1, 2]) {
      // The slice itself, then its rest: BUSY_REST times its length (timers may fire 1 ms early).
      expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(
        durations[i - 1]! * (1 + BUSY_REST) - 2,
      );
    }
  });
});
