import Database from "better-sqlite3";
import pg from "pg";

/** One statement exactly as the driver received it: its SQL and its bound values. */
export type DriverStatement = { sql: string; args: unknown[] };

let recording: DriverStatement[] | null = null;

/**
 * Listens at the drivers themselves (better-sqlite3's statement runs, pg's Client#query), below
 * Prisma's driver adapters: what is recorded is what the database ran, values already converted
 * by the adapter. Only while `recordStatements` runs; the raw replays pass unrecorded. SQLite is
 * heard at each run rather than at `prepare`: the portal prepares a statement once per
 * connection and runs it with each call's values (lib/db/adapter.ts, tunePrepare).
 */
function install() {
  const probe = new Database(":memory:");
  const statements = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<
    "run" | "all",
    (this: Database.Statement, ...values: unknown[]) => unknown
  >;
  probe.close();
  for (const method of ["run", "all"] as const) {
    const original = statements[method];
    statements[method] = function (this: Database.Statement, ...values: unknown[]) {
      // The adapter passes one array of positional values.
      const args = values.length === 1 && Array.isArray(values[0]) ? values[0] : values;
      recording?.push({ sql: this.source, args });
      return original.apply(this, values);
    };
  }

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
