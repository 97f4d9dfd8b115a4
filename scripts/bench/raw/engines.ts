import { spawnSync } from "node:child_process";
import { CommandError } from "../../run-command";
import { refuseOwnDatabase } from "../measure";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../throwaway-postgres";

export const ENGINES = ["sqlite", "postgresql"] as const;

/**
 * `--engine both` runs the benchmark script again once per database (each in a process of its
 * own: the services read DATABASE_URL once). With one engine, calls `benchmark` with the URL of
 * the database to build: the one given for its engine (`database`, an SQLite file or a PostgreSQL
 * database you can drop), else on PostgreSQL a throwaway server removed after.
 */
export async function forEachEngine(
  script: string,
  engine: string,
  database: string,
  benchmark: (url: string) => Promise<void>,
): Promise<void> {
  const given = database.startsWith("file:") ? "sqlite" : "postgresql";
  if (engine === "both" && given === "postgresql") engine = given;
  if (engine === "both") {
    for (const one of ENGINES) {
      const args = process.argv
        .slice(2)
        .filter((a, i, all) => !a.startsWith("--engine") && all[i - 1] !== "--engine");
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
  if (engine === "sqlite" && given !== "sqlite")
    throw new CommandError("--engine sqlite needs an SQLite --database (file:...).");
  let server: ThrowawayPostgres | undefined;
  try {
    if (engine !== given) server = await startThrowawayPostgres();
    const url = server ? server.url : database;
    refuseOwnDatabase(url);
    await benchmark(url);
  } finally {
    server?.stop();
  }
}
