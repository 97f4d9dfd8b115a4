import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";

const WRITER = path.join(import.meta.dirname, "create-writer.ts");

/** Tickets each writer opens before the clock starts, as a running portal process has. */
const WARM_UP = 50;

/**
 * Ticket creation with `writers` concurrent writers, each a process with its own connection (as
 * several portal processes, or one busy process's parallel requests on SQLite's one write lock).
 * Answers tickets per second, timed from the moment every writer is ready (warmed up; `onReady`
 * has run then), and the writers' processor time per ticket (what the machine's load does not
 * change much).
 */
export async function createConcurrently(
  databaseUrl: string,
  {
    writers,
    tickets,
    requesterIds,
    itemIds,
    onReady,
  }: {
    writers: number;
    tickets: number;
    requesterIds: string[];
    itemIds: string[];
    onReady: () => Promise<void>;
  },
): Promise<{ perSecond: number; cpuMsPerTicket: number }> {
  const each = Math.ceil(tickets / writers);
  const children: ChildProcess[] = Array.from({ length: writers }, () =>
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
      child.send({ requesterIds, itemIds, count: each, offset: w * each, warmUp: WARM_UP }),
    );
    await Promise.all(ready);
    await onReady();
    const done = children.map(next);
    const start = performance.now();
    children.forEach((child) => child.send("go"));
    const reports = (await Promise.all(done)) as { cpuMs: number; error?: string }[];
    const failed = reports.find((r) => r.error);
    if (failed) throw new Error(failed.error);
    const opened = each * writers;
    return {
      perSecond: opened / ((performance.now() - start) / 1000),
      cpuMsPerTicket: reports.reduce((sum, r) => sum + r.cpuMs, 0) / opened,
    };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
}
