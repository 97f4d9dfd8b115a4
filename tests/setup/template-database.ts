import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/db/migrations";
import { databaseUrl, startThrowawayPostgres } from "../../scripts/throwaway-postgres";
import { POSTGRES_TEMPLATE, createDatabase } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    provider: "sqlite" | "postgresql";
    /** SQLite: the migrated template file. PostgreSQL: the server's URL. */
    templateDatabase: string;
    /** SQLite: the folder for each test file's copy. */
    databaseFolder: string;
  }
}

/**
 * Migrates one real database from zero per project; every test file then works on its own copy
 * (tests/setup/database.ts), so files never see each other's rows. The PostgreSQL project starts
 * a throwaway server of its own and removes it afterwards.
 */
export default async function setup(project: TestProject) {
  if (project.name === "postgresql") {
    const server = await startThrowawayPostgres();
    try {
      await createDatabase(server.url, POSTGRES_TEMPLATE);
      await applyMigrations(databaseUrl(server.url, POSTGRES_TEMPLATE));
    } catch (error) {
      server.stop();
      throw error;
    }
    project.provide("provider", "postgresql");
    project.provide("templateDatabase", server.url);
    project.provide("databaseFolder", "");
    return () => server.stop();
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "portal-tests-"));
  const template = path.join(folder, "template.db");
  await applyMigrations(`file:${template}`);
  project.provide("provider", "sqlite");
  project.provide("templateDatabase", template);
  project.provide("databaseFolder", folder);
  return () => fs.rmSync(folder, { recursive: true, force: true });
}
