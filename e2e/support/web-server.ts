/**
 * The portal the end-to-end specs run against: `npm start` as a newcomer runs it, on a database
 * of its own made fresh each run. E2E_DATABASE=postgresql puts it on a throwaway PostgreSQL
 * server instead of a SQLite file, so that the same specs prove both databases. The specs find
 * the database in E2E_DATABASE_URL_FILE (e2e/helpers.ts: e2eDatabaseUrl()).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { startThrowawayPostgres } from "../../scripts/throwaway-postgres";
import { E2E_DATABASE_URL_FILE, E2E_POSTGRES_FOLDER_FILE } from "./database-url";

async function main() {
  const postgres =
    process.env.E2E_DATABASE === "postgresql" ? await startThrowawayPostgres() : null;
  const url = postgres?.url ?? "file:./data/e2e.db";
  for (const file of ["data/e2e.db", "data/e2e.db-wal", "data/e2e.db-shm"])
    fs.rmSync(file, { force: true });
  fs.mkdirSync("data", { recursive: true });
  fs.writeFileSync(E2E_DATABASE_URL_FILE, url);
  if (postgres) fs.writeFileSync(E2E_POSTGRES_FOLDER_FILE, postgres.folder);

  const portal = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    portal.kill("SIGTERM");
    postgres?.stop();
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
    process.on(signal, () => {
      stop();
      process.exit(0);
    });
  portal.on("exit", (code) => {
    stop();
    process.exit(code ?? 1);
  });
}

void main();
