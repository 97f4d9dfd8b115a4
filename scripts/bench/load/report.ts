import os from "node:os";
import { percentiles } from "../measure";
import fs from "node:fs";
import { rssMb, treeCpuSeconds, treePids } from "../process-tree";
import type { Sample } from "./paced";

/** One line of the table: a step of the benchmark as the people and the machine saw it. */
export type Row = {
  step: string;
  pagesPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  busy: number;
  peakRssMb: number;
  cpuPercent: number;
  /** CPU time per page served: what a page costs, whatever else runs on the machine. */
  cpuMsPerPage: number;
  load: number;
  /** The peak resident memory of each process of the tree, by its command line. */
  byProcess: Map<string, number>;
  samples: Sample[];
};

/**
 * Runs a step while sampling the portal's processes (every process each start command left
 * running): the peak of their summed resident memory, and the CPU they used (100% = one core).
 * Latencies are those of the pages served; errors count everything else (a 503 among them).
 */
export async function measured(
  step: string,
  seconds: number,
  roots: readonly number[],
  run: () => Promise<Sample[]>,
): Promise<Row> {
  const sum = (f: (pid: number) => number) => roots.reduce((s, pid) => s + f(pid), 0);
  const cpuBefore = sum(treeCpuSeconds);
  const started = performance.now();
  let peakRssMb = 0;
  const byProcess = new Map<string, number>();
  const sample = () => {
    let total = 0;
    for (const pid of roots.flatMap(treePids)) {
      const mb = rssMb(pid);
      const name = commandOf(pid);
      byProcess.set(name, Math.max(byProcess.get(name) ?? 0, mb));
      total += mb;
    }
    peakRssMb = Math.max(peakRssMb, total);
  };
  sample();
  const timer = setInterval(sample, 250);
  const samples = await run().finally(() => clearInterval(timer));
  const elapsed = (performance.now() - started) / 1000;
  const cpuSeconds = sum(treeCpuSeconds) - cpuBefore;
  const served = samples.filter((s) => s.ok);
  const { p50, p95, p99 } = served.length
    ? percentiles(served.map((s) => s.ms))
    : { p50: NaN, p95: NaN, p99: NaN };
  return {
    step,
    pagesPerSecond: served.length / seconds,
    p50,
    p95,
    p99,
    requests: samples.length,
    errors: samples.length - served.length,
    busy: samples.filter((s) => s.status === 503).length,
    peakRssMb,
    cpuPercent: (cpuSeconds / elapsed) * 100,
    cpuMsPerPage: (cpuSeconds * 1000) / Math.max(1, served.length),
    load: os.loadavg()[0]!,
    byProcess,
    samples,
  };
}

function commandOf(pid: number): string {
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    return `${pid} ${args.map((a) => a.replace(process.cwd() + "/", "")).join(" ")}`.slice(0, 70);
  } catch {
    return `${pid} (ended)`;
  }
}

const HEADER = [
  "step".padEnd(26),
  "pages/s".padStart(8),
  "p50 ms".padStart(8),
  "p95 ms".padStart(8),
  "p99 ms".padStart(8),
  "errors".padStart(14),
  "503".padStart(6),
  "peak RSS MB".padStart(12),
  "CPU %".padStart(7),
  "CPU ms/page".padStart(12),
  "load".padStart(6),
].join(" ");

export function printTable(title: string, rows: readonly Row[]) {
  console.log(`\n${title}\n${HEADER}`);
  for (const r of rows) {
    const errors = `${r.errors} (${((100 * r.errors) / Math.max(1, r.requests)).toFixed(1)}%)`;
    console.log(
      [
        r.step.padEnd(26),
        r.pagesPerSecond.toFixed(1).padStart(8),
        r.p50.toFixed(0).padStart(8),
        r.p95.toFixed(0).padStart(8),
        r.p99.toFixed(0).padStart(8),
        errors.padStart(14),
        String(r.busy).padStart(6),
        r.peakRssMb.toFixed(0).padStart(12),
        r.cpuPercent.toFixed(0).padStart(7),
        r.cpuMsPerPage.toFixed(1).padStart(12),
        r.load.toFixed(1).padStart(6),
      ].join(" "),
    );
  }
}

/** What each kind of request cost in a step, and each process's memory at its peak. */
export function printBreakdown(row: Row) {
  console.log(`\nPeak resident memory by process, ${row.step}:`);
  for (const [name, mb] of row.byProcess) console.log(`  ${mb.toFixed(0).padStart(6)} MB  ${name}`);
  console.log(`\nBy request, ${row.step}:`);
  const labels = [...new Set(row.samples.map((s) => s.label))].sort();
  for (const label of labels) {
    const of = row.samples.filter((s) => s.label === label);
    const served = of.filter((s) => s.ok).map((s) => s.ms);
    const { p50, p95 } = served.length ? percentiles(served) : { p50: NaN, p95: NaN };
    const statuses = [...new Set(of.filter((s) => !s.ok).map((s) => s.status))].join(",");
    console.log(
      `  ${label.padEnd(32)} ${String(of.length).padStart(6)} requests  p50 ${p50.toFixed(0).padStart(5)}  p95 ${p95.toFixed(0).padStart(5)} ms  ${of.length - served.length} errors${statuses ? ` (status ${statuses})` : ""}`,
    );
  }
}
