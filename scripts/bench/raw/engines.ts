import { spawnSync } from "node:child_process";
import { CommandError } from "../../run-command";
import { refuseOwnDatabase } from "../measure";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../throwaway-postgres";

export const ENGINES = ["sqlite", "postgresql"] as const;

/**
 * `--engine both` runs the benchmark script again once per database (each in a process of its
 * own: the services read DATABASE_URL once). With one engine, calls `benchmark` with the URL of
 * the database to build: the SQLite file given, or a throwaway PostgreSQL server removed after.
 */
export async function forEachEngine(
  script: string,
  engine: string,
  sqliteUrl: string,
  benchmark: (url: string) => Promise<void>,
): Promise<void> {
  if (engine === "both") {
    for (const one of ENGINES) {
      const args = process.argv.slice(2).filter((a) => !a.startsWith("--engine"));
      const child = spawnSync(
        "npx",
        ["tsx", "--conditions=react-server", script, ...args, `--engine=${one}`],
        { stdio: "inherit" },
      );
      if (child.status !== 0) throw new CommandError(`The ${one} run failed.`);
    }
    return;
  }
  if (!(ENGINES as readonly string[]).includes(engine))
    throw new CommandError('--engine must be "both", "sqlite" or "postgresql".');
  let server: ThrowawayPostgres | undefined;
  try {
    if (engine === "postgresql") server = await startThrowawayPostgres();
    const url = server ? server.url : sqliteUrl;
    refuseOwnDatabase(url);
    await benchmark(url);
  } finally {
    server?.stop();
  }
}
