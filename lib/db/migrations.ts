import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { createAdapterFactory } from "./adapter";
import { migrationsDir, schemaFor, schemaPath } from "./schemas";
import { databaseTarget, type DatabaseTarget } from "./target";

/**
 * Migrations through Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm).
 * The Prisma CLI would download a native engine first, which our machines cannot do. The migration
 * files and the `_prisma_migrations` table are the CLI's own format, so `prisma migrate deploy`
 * keeps working wherever the native engine is available.
 */

const NO_FILTERS = { externalTables: [], externalEnums: [] };

type EngineModule = typeof import("@prisma/schema-engine-wasm");

// Kept on globalThis: the JavaScript glue is one module per process, and instantiating the
// WebAssembly a second time (a second copy of this module, as test runners make) would swap the
// memory under the first.
const shared = globalThis as { prismaSchemaEngine?: Promise<EngineModule> };

/**
 * The package's entry imports a .wasm file, which Node cannot load as a module; instantiate the
 * WebAssembly by hand and hand it to the package's JavaScript glue.
 */
function loadEngineModule(): Promise<EngineModule> {
  shared.prismaSchemaEngine ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import(gluePath)) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
    const wasmModule = new WebAssembly.Module(fs.readFileSync(wasmPath));
    const instance = new WebAssembly.Instance(wasmModule, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    // Where the engine writes a panic's message before failing; without it the panic itself fails.
    const registry = globalThis as {
      PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void };
    };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message) => console.error(`Prisma schema engine panicked: ${message}`),
    };
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return shared.prismaSchemaEngine;
}

function schemaFiles(target: DatabaseTarget) {
  return [{ path: schemaPath(target.provider), content: schemaFor(target.provider) }];
}

async function withEngine<T>(target: DatabaseTarget, work: (engine: SchemaEngine) => Promise<T>) {
  const { SchemaEngine } = await loadEngineModule();
  // The engine does not close the connections it opens; a connection left open by one command
  // would lock the database for the next, so remember them and close them when done.
  const opened: SqlDriverAdapter[] = [];
  const factory = createAdapterFactory(target);
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => remember(await factory.connect()),
    // The engine disposes of the shadow database itself (on PostgreSQL, dropping it).
    connectToShadowDb: async () => {
      const shadow = await factory.connectToShadowDb();
      return target.provider === "sqlite" ? acceptScriptsInExecuteRaw(shadow) : shadow;
    },
  };
  function remember(adapter: SqlDriverAdapter) {
    opened.push(adapter);
    return adapter;
  }
  const engine = await SchemaEngine.new(
    { datamodels: schemaFiles(target).map((file) => [file.path, file.content]) },
    () => {}, // engine logs: nothing we show
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

/**
 * When the engine replays migrations on the shadow database it sends each whole migration file
 * through executeRaw, which better-sqlite3 refuses ("contains more than one statement"). A raw
 * statement without parameters is a script, so run it as one.
 */
function acceptScriptsInExecuteRaw(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}

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
      filters: NO_FILTERS,
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
      filters: NO_FILTERS,
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

/** Drops everything in the database (development and tests only). */
export async function resetDatabase(databaseUrl: string): Promise<void> {
  await withEngine(databaseTarget(databaseUrl), (engine) => engine.reset({ filter: NO_FILTERS }));
}
