import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { CommandError } from "../run-command";

/** p50, p95 and p99 of a list of durations. */
export function percentiles(ms: readonly number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/** "label  p50 …  p95 …  p99 … ms", aligned across the lines of a benchmark. */
export function percentileLine(label: string, ms: readonly number[]): string {
  const { p50, p95, p99 } = percentiles(ms);
  const cell = (n: number) => n.toFixed(2).padStart(7);
  return `${label.padEnd(44)} p50 ${cell(p50)}  p95 ${cell(p95)}  p99 ${cell(p99)} ms`;
}

/** Benchmarks build their own database and would wipe the one they are pointed at. */
export function refuseOwnDatabase(databaseUrl: string | undefined): void {
  if (databaseUrl === process.env.DATABASE_URL) {
    throw new CommandError(
      "Refusing to benchmark on the portal's own DATABASE_URL: pass --database.",
    );
  }
}

/**
 * A benchmark's command line: the positive whole numbers named in `counts` (their defaults
 * given), and `--database`, never the portal's own.
 */
export function benchArguments<C extends string>(
  counts: Record<C, number>,
  database: string,
): Record<C, number> & { database: string } {
  const { values } = parseArgs({
    options: Object.fromEntries(
      Object.entries({ ...counts, database }).map(([name, value]) => [
        name,
        { type: "string" as const, default: String(value) },
      ]),
    ),
  });
  const parsed: Record<string, string | number> = { database: String(values.database) };
  for (const name of Object.keys(counts)) {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n <= 0) {
      throw new CommandError(`--${name} must be a positive whole number.`);
    }
    parsed[name] = n;
  }
  refuseOwnDatabase(values.database as string);
  return parsed as Record<C, number> & { database: string };
}

/** Runs `run` `warmUp` times (caches, prepared statements), then times `samples` runs and prints the percentiles. */
export async function timeSamples(
  label: string,
  { samples, warmUp }: { samples: number; warmUp: number },
  run: (i: number) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < warmUp; i++) await run(i);
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await run(i);
    ms.push(performance.now() - start);
  }
  console.log(percentileLine(label, ms));
}

/**
 * Points the services at the benchmark's database (before anything opens it: they read
 * DATABASE_URL), empties it and applies the migrations. Returns where it is.
 */
export async function freshBenchDatabase(url: string) {
  process.env.DATABASE_URL = url;
  const { databaseTarget } = await import("../../lib/db/target");
  const { applyMigrations, resetDatabase } = await import("../../lib/db/migrations");
  const target = databaseTarget(url);
  if (target.provider === "sqlite") {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(target.filePath + suffix, { force: true });
  } else {
    await resetDatabase(url);
  }
  await applyMigrations(url);
  return target;
}
