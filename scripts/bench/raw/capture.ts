import Database from "better-sqlite3";
import pg from "pg";

/** One statement exactly as the driver received it: its SQL and its bound values. */
export type DriverStatement = { sql: string; args: unknown[] };

let recording: DriverStatement[] | null = null;

/**
 * Listens at the drivers themselves (better-sqlite3's prepare/bind, pg's Client#query), below
 * Prisma's driver adapters: what is recorded is what the database ran, values already converted
 * by the adapter. Only while `recordStatements` runs; the raw replays pass unrecorded. Installed
 * when this module is imported, which must come before the portal's first connection: the SQLite
 * adapter keeps its own bound copy of `prepare` (lib/db/adapter.ts, beginImmediately).
 */
function install() {
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (this: Database.Database, sql: string) {
    const statement = prepare.call(this, sql) as Database.Statement;
    if (!recording) return statement;
    const entry: DriverStatement = { sql, args: [] };
    recording.push(entry);
    const bind = statement.bind;
    // The adapter binds one array of positional values, then runs the statement.
    statement.bind = (...values: unknown[]) => {
      entry.args = values.length === 1 && Array.isArray(values[0]) ? values[0] : values;
      return bind.apply(statement, values as never);
    };
    return statement;
  } as typeof prepare;

  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args;
    if (recording) {
      const config = typeof first === "string" ? { text: first } : (first as pg.QueryConfig);
      const values = (config.values ?? (Array.isArray(second) ? second : [])) as unknown[];
      recording.push({ sql: config.text, args: values });
    }
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
}

install();

/** Runs `run` and answers the statements it sent to the database, in order. */
export async function recordStatements(run: () => Promise<unknown>): Promise<DriverStatement[]> {
  if (recording) throw new Error("recordStatements does not nest.");
  const statements: DriverStatement[] = [];
  recording = statements;
  try {
    await run();
  } finally {
    recording = null;
  }
  return statements;
}
