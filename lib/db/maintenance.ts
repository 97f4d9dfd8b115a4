import Database from "better-sqlite3";
import pg from "pg";
import { databaseTarget } from "./target";

/**
 * Keeps the query planner's statistics current. Without them SQLite picks poor indexes on large
 * tables (a requester's list went from 0.2 ms to 300 ms at a million tickets). On SQLite,
 * `analysis_limit` makes ANALYZE sample each index instead of reading it whole, so this takes
 * milliseconds; on PostgreSQL, ANALYZE samples by itself (autovacuum also runs it, but not right
 * after a bulk load).
 */
export async function optimizeDatabase(databaseUrl: string): Promise<void> {
  const target = databaseTarget(databaseUrl);
  if (target.provider === "postgresql") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      await client.query("ANALYZE");
    } finally {
      await client.end();
    }
    return;
  }
  if (target.filePath !== ":memory:") optimizeSqliteFile(target.filePath);
}

function optimizeSqliteFile(filePath: string): void {
  const sqlite = new Database(filePath);
  try {
    optimizeSqliteConnection(sqlite);
  } finally {
    sqlite.close();
  }
}

/** On an open connection; lib/db/adapter.ts does it when a process first opens the file. */
export function optimizeSqliteConnection(sqlite: Database.Database): void {
  sqlite.pragma("analysis_limit = 1000");
  // 0x10002: also analyze tables that were never analyzed (a fresh or freshly loaded database).
  sqlite.pragma("optimize = 0x10002");
}
