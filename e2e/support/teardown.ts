import fs from "node:fs";
import { stopThrowawayPostgres } from "../../scripts/throwaway-postgres";
import { E2E_POSTGRES_FOLDER_FILE } from "./database-url";
import { E2E_STORAGE_FILE, type E2eStorage } from "./object-storage";

/**
 * Playwright ends the web server by killing its process group, which a PostgreSQL server started
 * by pg_ctl is not part of: stop it here, so that no run leaves a database server behind.
 */
export default function teardown() {
  removeObjectStorage();
  if (!fs.existsSync(E2E_POSTGRES_FOLDER_FILE)) return;
  stopThrowawayPostgres(fs.readFileSync(E2E_POSTGRES_FOLDER_FILE, "utf8").trim());
  fs.rmSync(E2E_POSTGRES_FOLDER_FILE);
}

/** The data of the s3rver the web server ran (it dies with the web server's process group). */
function removeObjectStorage() {
  if (!fs.existsSync(E2E_STORAGE_FILE)) return;
  const storage = JSON.parse(fs.readFileSync(E2E_STORAGE_FILE, "utf8")) as E2eStorage;
  if (storage.kind === "s3") fs.rmSync(storage.directory, { recursive: true, force: true });
  fs.rmSync(E2E_STORAGE_FILE);
}
