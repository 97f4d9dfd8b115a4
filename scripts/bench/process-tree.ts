import fs from "node:fs";

/**
 * The resident memory of a process and every process under it, from /proc (Linux): what a start
 * command costs the machine is the whole tree it leaves running (npm, the server, its workers),
 * not one process.
 */
export function treeRssMb(rootPid: number): number {
  return treePids(rootPid).reduce((sum, pid) => sum + rssMb(pid), 0);
}

/** The resident memory of one process (0 once it ended). */
export function rssMb(pid: number): number {
  const rss = /VmRSS:\s+(\d+) kB/.exec(readOrNull(`/proc/${pid}/status`) ?? "");
  return rss ? Number(rss[1]) / 1024 : 0;
}

/** The CPU time (user and system, seconds) the processes of the tree have used so far. */
export function treeCpuSeconds(rootPid: number): number {
  let ticks = 0;
  for (const pid of treePids(rootPid)) {
    const stat = readOrNull(`/proc/${pid}/stat`);
    if (!stat) continue;
    // Fields after "(comm)": state is the first, utime and stime the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100; // USER_HZ, 100 on Linux
}

/** The process and every process under it. */
export function treePids(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrNull(`/proc/${entry}/stat`);
    if (!stat) continue;
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const pids: number[] = [];
  const pending = [rootPid];
  while (pending.length) {
    const pid = pending.pop()!;
    pids.push(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return pids;
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null; // the process ended meanwhile
  }
}
