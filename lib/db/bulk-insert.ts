import Database from "better-sqlite3";
import pg from "pg";
import { databaseTarget } from "./target";

type Value = string | number | boolean | Date | null | undefined | object;
export type Row = Record<string, Value>;

export type BulkInserter = {
  /** Inserts rows (all with the columns of the first) in one transaction. */
  insert(table: string, rows: readonly Row[]): Promise<void>;
  close(): Promise<void>;
};

/**
 * Loads many rows straight through the database driver, for generated data sets (the benchmark)
 * where going through Prisma row by row would take most of an hour for a million tickets. Values
 * are written in the formats Prisma itself uses, so Prisma reads the rows back normally.
 * Not for application writes: no validation, no defaults beyond the schema's.
 */
export function openBulkInserter(databaseUrl: string): BulkInserter {
  const target = databaseTarget(databaseUrl);
  return target.provider === "sqlite"
    ? sqliteInserter(target.filePath)
    : postgresInserter(target.url);
}

const columnList = (columns: string[]) => columns.map((c) => `"${c}"`).join(", ");

function sqliteInserter(filePath: string): BulkInserter {
  const sqlite = new Database(filePath);
  const toSqlite = (value: Value) => {
    if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
    if (typeof value === "boolean") return value ? 1 : 0;
    if (value !== null && typeof value === "object") return JSON.stringify(value);
    return value ?? null;
  };
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0]!);
      const statement = sqlite.prepare(
        `INSERT INTO "${table}" (${columnList(columns)}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      sqlite.transaction(() => {
        for (const row of rows) statement.run(columns.map((c) => toSqlite(row[c])));
      })();
    },
    async close() {
      sqlite.close();
    },
  };
}

function postgresInserter(url: string): BulkInserter {
  const client = new pg.Client({ connectionString: url });
  const connected = client.connect();
  // pg would turn a JavaScript array into a PostgreSQL array; Json columns want JSON text.
  const toPostgres = (value: Value) =>
    value !== null && typeof value === "object" && !(value instanceof Date)
      ? JSON.stringify(value)
      : (value ?? null);
  const ROWS_PER_STATEMENT = 1_000;
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      await connected;
      const columns = Object.keys(rows[0]!);
      await client.query("BEGIN");
      try {
        for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
          const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
          const values = chunk.flatMap((row) => columns.map((c) => toPostgres(row[c])));
          const tuples = chunk.map(
            (_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`,
          );
          await client.query(
            `INSERT INTO "${table}" (${columnList(columns)}) VALUES ${tuples.join(", ")}`,
            values,
          );
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    async close() {
      await connected;
      await client.end();
    },
  };
}
