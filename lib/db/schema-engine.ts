import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { createAdapterFactory } from "./adapter";
import { schemaFor, schemaPath } from "./schemas";
import type { DatabaseTarget } from "./target";

/**
 * Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm), loaded by hand and
 * run against our own driver adapters: the Prisma CLI would download a native engine first, which
 * our machines cannot do. lib/db/migrations.ts holds the commands run through it.
 */

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
      "./schema_engine_bg.js": withUnrefTimers(glue as unknown as WebAssembly.ModuleImports),
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

/**
 * The engine's timers (a 10-second timeout it arms while working, left behind when it is freed)
 * would keep a finished command alive for ten seconds: `node migrate.mjs` before every container
 * start, `npm run db:migrate`. Unref'd, they still fire while the engine works (its sockets keep
 * the process alive) but no longer hold the process open on their own.
 */
function withUnrefTimers(glue: WebAssembly.ModuleImports): WebAssembly.ModuleImports {
  return Object.fromEntries(
    Object.entries(glue).map(([name, value]) => {
      if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") {
        return [name, value];
      }
      const arm = value as (...args: unknown[]) => unknown;
      return [
        name,
        (...args: unknown[]) => {
          const timer = arm(...args);
          (timer as { unref?: () => void } | undefined)?.unref?.();
          return timer;
        },
      ];
    }),
  );
}

export function schemaFiles(target: DatabaseTarget) {
  return [{ path: schemaPath(target.provider), content: schemaFor(target.provider) }];
}

export async function withEngine<T>(
  target: DatabaseTarget,
  work: (engine: SchemaEngine) => Promise<T>,
) {
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
