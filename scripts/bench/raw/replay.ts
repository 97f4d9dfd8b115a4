import Database from "better-sqlite3";
import pg from "pg";
import { CONNECTION_PRAGMAS } from "../../../lib/db/adapter";
import { databaseTarget } from "../../../lib/db/target";
import type { DriverStatement } from "./capture";

/** Runs recorded statements again straight through the driver, on a connection of its own. */
export type RawReplayer = {
  replay(statements: readonly DriverStatement[]): Promise<void>;
  close(): Promise<void>;
};

const WRITE = /^\s*(insert|update|delete)\b/i;
const TRANSACTION = /^\s*(begin|commit|rollback)\b/i;

/**
 * A sequence that writes (the detail's access-log line) is replayed inside one transaction rolled
 * back at the end, which leaves the database as the portal left it; its own BEGIN/COMMIT give way
 * to that one. Reads run as sent.
 */
function plan(statements: readonly DriverStatement[]): {
  begin?: string;
  statements: readonly DriverStatement[];
} {
  if (!statements.some((s) => WRITE.test(s.sql))) return { statements };
  const begin = statements.find((s) => /^\s*begin/i.test(s.sql))?.sql ?? "BEGIN";
  return { begin, statements: statements.filter((s) => !TRANSACTION.test(s.sql)) };
}

/**
 * The portal already committed the rows an INSERT adds, with the ids Prisma generated: replayed,
 * it would fail on the primary key, so it skips a conflicting row instead. It still finds the
 * conflict through the same index; it writes less, so the raw side is if anything faster.
 */
function skipConflicts(sql: string, provider: "sqlite" | "postgresql"): string {
  if (!/^\s*insert\b/i.test(sql)) return sql;
  if (provider === "sqlite") return sql.replace(/^\s*insert\b/i, "INSERT OR IGNORE");
  const returning = sql.search(/\sreturning\s/i);
  return returning < 0
    ? `${sql} ON CONFLICT DO NOTHING`
    : `${sql.slice(0, returning)} ON CONFLICT DO NOTHING${sql.slice(returning)}`;
}

export async function openRawReplayer(databaseUrl: string): Promise<RawReplayer> {
  const target = databaseTarget(databaseUrl);
  if (target.provider === "sqlite") {
    const sqlite = new Database(target.filePath);
    // The portal's own connection settings (page cache, …): the same database on both sides.
    sqlite.exec(CONNECTION_PRAGMAS);
    sqlite.pragma("busy_timeout = 5000");
    const run = (sql: string, args: readonly unknown[] = []) => {
      const statement = sqlite.prepare(sql);
      if (statement.reader) statement.raw().all(args);
      else statement.run(args);
    };
    return {
      async replay(recorded) {
        const { begin, statements } = plan(recorded);
        if (begin) run(begin.replace(/^\s*begin\s*$/i, "BEGIN IMMEDIATE"));
        try {
          for (const s of statements) run(skipConflicts(s.sql, "sqlite"), s.args);
        } finally {
          if (begin) run("ROLLBACK");
        }
      },
      async close() {
        sqlite.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  const run = (sql: string, values: readonly unknown[] = []) =>
    client.query({ text: sql, values: [...values], rowMode: "array" });
  return {
    async replay(recorded) {
      const { begin, statements } = plan(recorded);
      if (begin) await run(begin);
      try {
        for (const s of statements) await run(skipConflicts(s.sql, "postgresql"), s.args);
      } finally {
        if (begin) await run("ROLLBACK");
      }
    },
    async close() {
      await client.end();
    },
  };
}
