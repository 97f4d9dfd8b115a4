import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";

const WRITER = path.join(import.meta.dirname, "create-writer.ts");

/** Tickets each writer opens before the clock starts, as a running portal process has. */
const WARM_UP = 50;

/**
 * Ticket creation by `writers` concurrent writers spread over `processes` processes, each with
 * its own connection: one process for the portal on SQLite (its requests share one connection),
 * several for portal processes sharing a database. Answers tickets per second, timed from the
 * moment every process is ready (warmed up; `onReady` has run then), and the processor time per
 * ticket of the processes (what the machine's load does not change much).
 */
export async function createConcurrently(
  databaseUrl: string,
  {
    writers,
    processes,
    tickets,
    requesterIds,
    itemIds,
    onReady,
  }: {
    writers: number;
    processes: number;
    tickets: number;
    requesterIds: string[];
    itemIds: string[];
    onReady: () => Promise<void>;
  },
): Promise<{ perSecond: number; cpuMsPerTicket: number }> {
  const writersEach = writers / processes;
  const each = Math.ceil(tickets / writers) * writersEach;
  const children: ChildProcess[] = Array.from({ length: processes }, () =>
    fork(WRITER, [], {
      execArgv: ["--import", "tsx", "--conditions=react-server"],
      env: { ...process.env, DATABASE_URL: databaseUrl },
    }),
  );
  const next = (child: ChildProcess) =>
    new Promise<unknown>((resolve, reject) => {
      child.once("message", resolve);
      child.once("exit", (code) => reject(new Error(`A writer stopped (exit code ${code}).`)));
    });
  try {
    const ready = children.map(next);
    children.forEach((child, w) =>
      child.send({
        requesterIds,
        itemIds,
        count: each,
        writers: writersEach,
        offset: w * each,
        warmUp: WARM_UP,
      }),
    );
    await Promise.all(ready);
    await onReady();
    const done = children.map(next);
    const start = performance.now();
    children.forEach((child) => child.send("go"));
    const reports = (await Promise.all(done)) as { cpuMs: number; error?: string }[];
    const failed = reports.find((r) => r.error);
    if (failed) throw new Error(failed.error);
    const opened = each * processes;
    return {
      perSecond: opened / ((performance.now() - start) / 1000),
      cpuMsPerTicket: reports.reduce((sum, r) => sum + r.cpuMs, 0) / opened,
    };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
}
