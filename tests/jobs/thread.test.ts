import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { JOBS_NICE, lowerThreadPriority, STOP_JOBS, startJobsThread } from "@/lib/jobs/thread";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "jobs-thread-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** A stand-in for the compiled jobs: notes each start, ends the first by accident, then works. */
function entryNotingStarts(starts: string): URL {
  const entry = path.join(folder, "entry.mjs");
  fs.writeFileSync(
    entry,
    `import fs from "node:fs";
import { isMainThread, threadId } from "node:worker_threads";
fs.appendFileSync(${JSON.stringify(starts)}, (isMainThread ? "main" : threadId) + "\\n");
if (fs.readFileSync(${JSON.stringify(starts)}, "utf8").trim().split("\\n").length === 1) process.exit(3);
setInterval(() => fs.appendFileSync(${JSON.stringify(starts)}, ""), 20);`,
  );
  return pathToFileURL(entry);
}

/** A stand-in that, told to stop, takes `workMs` to finish its run (or never, if null) and notes it. */
function entryFinishingOnStop(notes: string, workMs: number | null): URL {
  const entry = path.join(folder, `stopping-${workMs}.mjs`);
  fs.writeFileSync(
    entry,
    `import fs from "node:fs";
import { parentPort } from "node:worker_threads";
setInterval(() => undefined, 1000);
parentPort.on("message", (message) => {
  if (message !== ${JSON.stringify(STOP_JOBS)} || ${workMs} === null) return;
  setTimeout(() => {
    fs.appendFileSync(${JSON.stringify(notes)}, "run finished\\n");
    process.exit(0);
  }, ${workMs});
});
fs.appendFileSync(${JSON.stringify(notes)}, "started\\n");`,
  );
  return pathToFileURL(entry);
}

describe("the jobs thread", () => {
  it("runs beside the server's thread, is started again when it dies, and ends when told", async () => {
    const starts = path.join(folder, "starts");
    const started = () => fs.readFileSync(starts, "utf8").trim().split("\n");
    const end = startJobsThread(entryNotingStarts(starts), {
      restartAfterMs: 50,
      stopGraceMs: 100,
    });
    await vi.waitFor(() => expect(started()).toHaveLength(2), { timeout: 10_000 });
    const threads = started();
    expect(threads).not.toContain("main");
    expect(new Set(threads).size).toBe(2); // a new thread, not the dead one
    await end();
    // Ended on purpose: the restart that follows an accident does not happen.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(started()).toHaveLength(2);
  });

  it("lets the run under way finish when it is ended, as a server that stops does", async () => {
    const notes = path.join(folder, "graceful");
    const end = startJobsThread(entryFinishingOnStop(notes, 300), { restartAfterMs: 50 });
    await vi.waitFor(() => expect(fs.readFileSync(notes, "utf8")).toBe("started\n"));
    await end();
    expect(fs.readFileSync(notes, "utf8")).toBe("started\nrun finished\n");
  });

  it("ends a thread that does not finish within the grace anyway", async () => {
    const notes = path.join(folder, "stuck");
    const end = startJobsThread(entryFinishingOnStop(notes, null), { stopGraceMs: 200 });
    await vi.waitFor(() => expect(fs.readFileSync(notes, "utf8")).toBe("started\n"));
    const began = performance.now();
    await end();
    expect(performance.now() - began).toBeLessThan(5_000);
    expect(fs.readFileSync(notes, "utf8")).toBe("started\n");
  });

  // Last: it lowers this test's own thread for good, as it does the jobs thread's.
  it("lowers the CPU priority of the thread that asks, not of the process's other threads", () => {
    const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
    const self = fs.readlinkSync("/proc/thread-self").split("/").pop()!;
    const nices = () =>
      new Map(
        fs
          .readdirSync("/proc/self/task")
          .map((task) => [task, niceOf(fs.readFileSync(`/proc/self/task/${task}/stat`, "utf8"))]),
      );
    const before = nices();

    lowerThreadPriority();

    const after = nices();
    expect(after.get(self)).toBe(Math.max(before.get(self)!, JOBS_NICE));
    const others = [...before.keys()].filter((task) => task !== self && after.has(task));
    expect(others.length).toBeGreaterThan(0);
    for (const task of others) expect(after.get(task)).toBe(before.get(task));
  });
});
