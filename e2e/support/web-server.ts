/**
 * The portal the end-to-end specs run against: `npm start` as a newcomer runs it, on a database
 * of its own made fresh each run. E2E_DATABASE=postgresql puts it on a throwaway PostgreSQL
 * server instead of a SQLite file, so that the same specs prove both databases. The specs find
 * the database in E2E_DATABASE_URL_FILE (e2e/helpers.ts: e2eDatabaseUrl()).
 * Files go to S3-compatible object storage (an s3rver started here, STORAGE_URL) on the
 * PostgreSQL run, as in a production of several machines, and to the local folder on the SQLite
 * run, the embedded default; E2E_STORAGE=s3|folder chooses otherwise. The specs find which in
 * E2E_STORAGE_FILE.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { startThrowawayPostgres } from "../../scripts/throwaway-postgres";
import { E2E_DATABASE_URL_FILE, E2E_POSTGRES_FOLDER_FILE } from "./database-url";
import {
  E2E_STORAGE_FILE,
  S3RVER_CREDENTIALS,
  startS3rver,
  type E2eStorage,
} from "./object-storage";

async function main() {
  const postgres =
    process.env.E2E_DATABASE === "postgresql" ? await startThrowawayPostgres() : null;
  const url = postgres?.url ?? "file:./data/e2e.db";
  for (const file of ["data/e2e.db", "data/e2e.db-wal", "data/e2e.db-shm"])
    fs.rmSync(file, { force: true });
  fs.mkdirSync("data", { recursive: true });
  fs.writeFileSync(E2E_DATABASE_URL_FILE, url);
  if (postgres) fs.writeFileSync(E2E_POSTGRES_FOLDER_FILE, postgres.folder);
  const onS3 = (process.env.E2E_STORAGE ?? (postgres ? "s3" : "folder")) === "s3";
  // In this process, which Playwright stops with the portal; the teardown removes its data.
  const s3 = onS3 ? await startS3rver() : null;
  const storage: E2eStorage = s3
    ? { kind: "s3", folder: s3.bucketFolder, directory: s3.directory }
    : { kind: "folder", folder: process.env.STORAGE_DIR ?? "data/uploads" };
  fs.writeFileSync(E2E_STORAGE_FILE, JSON.stringify(storage));

  const portal = spawn(process.execPath, ["scripts/start.mjs"], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: url,
      ...(s3 && {
        STORAGE_URL: s3.url,
        AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
      }),
    },
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
