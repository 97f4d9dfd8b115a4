import fs from "node:fs";
import { stopThrowawayPostgres } from "../../scripts/throwaway-postgres";
import { E2E_POSTGRES_FOLDER_FILE } from "./database-url";

/**
 * Playwright ends the web server by killing its process group, which a PostgreSQL server started
 * by pg_ctl is not part of: stop it here, so that no run leaves a database server behind.
 */
export default function teardown() {
  if (!fs.existsSync(E2E_POSTGRES_FOLDER_FILE)) return;
  stopThrowawayPostgres(fs.readFileSync(E2E_POSTGRES_FOLDER_FILE, "utf8").trim());
  fs.rmSync(E2E_POSTGRES_FOLDER_FILE);
}
