import fs from "node:fs";

/**
 * The resident memory of a process and every process under it, from /proc (Linux): what a start
 * command costs the machine is the whole tree it leaves running (npm, the server, its workers),
 * not one process.
 */
export function treeRssMb(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrNull(`/proc/${entry}/stat`);
    if (!stat) continue;
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  let kb = 0;
  const pending = [rootPid];
  while (pending.length) {
    const pid = pending.pop()!;
    const rss = /VmRSS:\s+(\d+) kB/.exec(readOrNull(`/proc/${pid}/status`) ?? "");
    kb += rss ? Number(rss[1]) : 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return kb / 1024;
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null; // the process ended meanwhile
  }
}
