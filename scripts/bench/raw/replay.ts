import Database from "better-sqlite3";
import pg from "pg";
import { CONNECTION_PRAGMAS } from "../../../lib/db/adapter";
import { databaseTarget } from "../../../lib/db/target";
import type { DriverStatement } from "./capture";

/**
 * Runs recorded statements again straight through the driver, on a connection of its own, as
 * they were sent: reads as they are, writes (and their transactions, if any) with fresh ids.
 */
export type RawReplayer = {
  replay(statements: readonly DriverStatement[]): Promise<void>;
  close(): Promise<void>;
};

let replayed = 0;

/**
 * A recorded INSERT again, with fresh ids for its rows: the portal already committed rows with
 * the ids it generated. The replay then writes and commits as much as the portal did (the
 * detail's access-log lines, which the benchmark's database keeps twice). Prisma lists each row's
 * values in the order of the column list, row after row; insertJsonRows (lib/db/sql.ts) sends
 * the rows as one JSON parameter.
 */
function withFreshIds(statement: DriverStatement): DriverStatement {
  const columns = /^\s*insert\s+into\s+[^(]+\(([^)]*)\)/i.exec(statement.sql);
  if (!columns) return statement;
  const names = columns[1]!
    .split(",")
    .map((name) => name.trim().replace(/^.*[`"]([^`"]+)[`"]$/, "$1"));
  const idAt = names.indexOf("id");
  if (idAt < 0) throw new Error(`Cannot replay an insert without an id column: ${statement.sql}`);
  replayed += 1;
  const fresh = (id: unknown) => `${String(id)}-raw${replayed}`;
  if (/json_each\(|jsonb_to_recordset\(/.test(statement.sql)) {
    const rows = JSON.parse(String(statement.args[0])) as { id: unknown }[];
    const json = JSON.stringify(rows.map((row) => ({ ...row, id: fresh(row.id) })));
    return { sql: statement.sql, args: [json, ...statement.args.slice(1)] };
  }
  const args = statement.args.map((value, i) => (i % names.length === idAt ? fresh(value) : value));
  return { sql: statement.sql, args };
}

export async function openRawReplayer(databaseUrl: string): Promise<RawReplayer> {
  const target = databaseTarget(databaseUrl);
  if (target.provider === "sqlite") {
    const sqlite = new Database(target.filePath);
    // The portal's own connection settings (page cache, …): the same database on both sides.
    sqlite.exec(CONNECTION_PRAGMAS);
    sqlite.pragma("busy_timeout = 5000");
    // Each statement prepared once, as the portal's connection keeps them (lib/db/adapter.ts).
    const prepared = new Map<string, Database.Statement>();
    const run = (sql: string, args: readonly unknown[] = []) => {
      let statement = prepared.get(sql);
      if (!statement) prepared.set(sql, (statement = sqlite.prepare(sql)));
      if (statement.reader) statement.raw().all(args);
      else statement.run(args);
    };
    return {
      async replay(recorded) {
        for (const statement of recorded.map(withFreshIds)) run(statement.sql, statement.args);
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
      for (const statement of recorded.map(withFreshIds)) await run(statement.sql, statement.args);
    },
    async close() {
      await client.end();
    },
  };
}
