import fs from "node:fs";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { schemaFiles, withEngine } from "./schema-engine";
import { migrationsDir, schemaPath } from "./schemas";
import { databaseTarget } from "./target";

/**
 * Migrations through Prisma's schema engine (lib/db/schema-engine.ts). The migration files and
 * the `_prisma_migrations` table are the CLI's own format, so `prisma migrate deploy`
 * keeps working wherever the native engine is available.
 */

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Tables the migrations create in raw SQL that Prisma's model does not describe: the search
 * index (lib/search), with SQLite's FTS5 index and its shadow tables. The comparisons with
 * schema.prisma leave them alone; a reset still drops them with everything else.
 */
const SEARCH_TABLES = {
  sqlite: [
    "SearchEntry",
    "SearchIndex",
    "SearchIndex_data",
    "SearchIndex_idx",
    "SearchIndex_docsize",
    "SearchIndex_config",
  ],
  postgresql: ["public.SearchEntry"],
} as const;

const schemaFilters = (provider: keyof typeof SEARCH_TABLES) => ({
  externalTables: [...SEARCH_TABLES[provider]],
  externalEnums: [],
});

export function readMigrationList(dir: string): MigrationList {
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: {
          tag: "ok",
          value: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"),
        },
      },
    })),
  };
}

/** Applies the pending migrations; returns the names of those it applied. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const target = databaseTarget(databaseUrl);
  return withEngine(target, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationList(migrationsDir(target.provider)),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  });
}

/**
 * The SQL that takes a database from the committed migrations to `schema.prisma`, or an empty
 * string when they match. The migrations are replayed on a throwaway (in-memory) database.
 */
export async function pendingSchemaChanges(databaseUrl: string): Promise<string> {
  const target = databaseTarget(databaseUrl);
  return withEngine(target, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...readMigrationList(migrationsDir(target.provider)) },
      to: { tag: "schemaDatamodel", files: schemaFiles(target) },
      script: true,
      exitCode: null,
      filters: schemaFilters(target.provider),
    });
    const sql = result.stdout ?? "";
    return /^\s*(--[^\n]*\n?\s*)*$/.test(sql) || sql.includes("This is an empty migration")
      ? ""
      : sql;
  });
}

/** The SQL that takes the live database to `schema.prisma`: empty when the two match (no drift). */
export async function databaseDrift(databaseUrl: string): Promise<string> {
  const target = databaseTarget(databaseUrl);
  return withEngine(target, async (engine) => {
    const result = await engine.diff({
      // "schemaDatasource" is the database the engine's adapter is connected to.
      from: {
        tag: "schemaDatasource",
        files: schemaFiles(target),
        configDir: path.dirname(schemaPath(target.provider)),
      },
      to: { tag: "schemaDatamodel", files: schemaFiles(target) },
      script: true,
      exitCode: null,
      filters: schemaFilters(target.provider),
    });
    const sql = result.stdout ?? "";
    return sql.includes("This is an empty migration") ? "" : sql.trim();
  });
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql; returns its folder, or null when nothing changed. */
export async function writeMigration(databaseUrl: string, name: string, now = new Date()) {
  const sql = await pendingSchemaChanges(databaseUrl);
  if (!sql) return null;
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  const folder = path.join(
    migrationsDir(databaseTarget(databaseUrl).provider),
    `${stamp}_${slug || "migration"}`,
  );
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "migration.sql"), sql);
  return folder;
}

/**
 * Drops everything in the database (development and tests only). A SQLite database is its file:
 * removed, it is gone whole. (The engine's reset of a SQLite file empties the tables instead of
 * dropping them, so the migrations could not run again, and it fails on the search's FTS5 index.)
 */
export async function resetDatabase(databaseUrl: string): Promise<void> {
  const target = databaseTarget(databaseUrl);
  if (target.provider === "sqlite") {
    if (target.filePath === ":memory:") return;
    for (const suffix of ["", "-wal", "-shm", "-journal"])
      fs.rmSync(target.filePath + suffix, { force: true });
    return;
  }
  await withEngine(target, (engine) => engine.reset({ filter: NO_FILTERS }));
}
