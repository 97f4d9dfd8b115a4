import { Prisma } from "./generated/client";
import { env } from "@/lib/config/env";
import type { Tx } from "./client";
import { databaseTarget } from "./target";

// Pieces of raw SQL whose spelling depends on the database. Raw SQL elsewhere is written in the
// subset both databases share (double-quoted identifiers, RETURNING, ||, CAST AS TEXT) and takes
// these for the rest.

/** Which database serves the portal; also for the search's own SQL (lib/search/engine.ts). */
export const databaseProvider = () => databaseTarget(env.databaseUrl).provider;

/** An enum value: PostgreSQL needs its type (`"TicketState"`); SQLite stores the text. */
export function enumValue(typeName: string, value: string): Prisma.Sql {
  const literal = Prisma.raw(`'${value.replace(/'/g, "''")}'`);
  return databaseProvider() === "postgresql"
    ? Prisma.sql`CAST(${literal} AS ${Prisma.raw(`"${typeName}"`)})`
    : literal;
}

/** A constant JSON value for a Json column. */
export function jsonValue(value: unknown): Prisma.Sql {
  const literal = Prisma.raw(`'${JSON.stringify(value).replace(/'/g, "''")}'`);
  return databaseProvider() === "postgresql" ? Prisma.sql`CAST(${literal} AS jsonb)` : literal;
}

/**
 * `"column" IN (ids)` with the whole list as one parameter: Prisma handles each parameter in
 * JavaScript, which made a thousand-id list the slowest part of a batch.
 */
export function inList(column: string, ids: readonly string[]): Prisma.Sql {
  const name = Prisma.raw(`"${column}"`);
  return databaseProvider() === "postgresql"
    ? Prisma.sql`${name} = ANY(${[...ids]})`
    : Prisma.sql`${name} IN (SELECT "value" FROM json_each(${JSON.stringify(ids)}))`;
}

/**
 * A column's values over a group as one comma-separated text (NULL when there are none): for
 * lists of ids, which never hold a comma, read in the same statement as their owner.
 */
export function commaSeparated(column: string): Prisma.Sql {
  const name = Prisma.raw(column);
  return databaseProvider() === "postgresql"
    ? Prisma.sql`string_agg(${name}, ',')`
    : Prisma.sql`group_concat(${name}, ',')`;
}

/**
 * For a subquery that picks rows to update: on PostgreSQL, rows another transaction is already
 * updating are skipped instead of waited for, so overlapping job runs share the work. SQLite has
 * a single writer, so there is nothing to skip.
 */
export function skipLockedRows(): Prisma.Sql {
  return databaseProvider() === "postgresql" ? Prisma.sql`FOR UPDATE SKIP LOCKED` : Prisma.empty;
}

/**
 * Claims a batch: updates with `set` up to `limit` rows of `table` that match `where`, the
 * first by `orderBy`, in one statement, and returns the columns asked for. The condition is
 * checked again on the rows themselves, and PostgreSQL skips rows another transaction holds, so
 * overlapping claims (two job processes) never take the same row.
 */
export function claimRows<T>(
  client: Pick<Tx, "$queryRaw">,
  claim: {
    table: string;
    set: Prisma.Sql;
    where: Prisma.Sql;
    /** A column, or columns: the order of the index the pick walks (see the notifications'). */
    orderBy: string | readonly string[];
    limit: number;
    returning: readonly string[];
  },
): Promise<T[]> {
  const table = Prisma.raw(`"${claim.table}"`);
  const orderBy = Prisma.raw(
    [claim.orderBy]
      .flat()
      .map((column) => `"${column}"`)
      .join(", "),
  );
  const returning = Prisma.raw(claim.returning.map((column) => `"${column}"`).join(", "));
  // The pick is a materialized CTE: as a plain "IN (subquery)" PostgreSQL could run the locking
  // subquery once per row it updates, each run picking the next rows, and a claim of 1 took 5.
  return client.$queryRaw<T[]>`
    WITH "picked" AS MATERIALIZED (SELECT "id" FROM ${table} WHERE ${claim.where}
                   ORDER BY ${orderBy} LIMIT ${claim.limit} ${skipLockedRows()})
    UPDATE ${table} SET ${claim.set}
    WHERE "id" IN (SELECT "id" FROM "picked")
      AND ${claim.where}
    RETURNING ${returning}`;
}

/** Most rows a text search looks at: enough for any screen, bounded for a one-letter search. */
const TEXT_SEARCH_LIMIT = 5_000;

/**
 * The ids of `table`'s rows where any of `columns` contains `text` literally, case aside. Prisma's
 * `contains` hands `%` and `_` to LIKE as wildcards (and SQLite has no default escape character),
 * so a search for "%" would find everything; here they are escaped, with the ESCAPE clause spelt
 * out for both databases.
 */
export async function idsContaining(
  client: Pick<Tx, "$queryRaw">,
  search: {
    table: string;
    columns: readonly string[];
    text: string;
    /** Columns every row found must also equal, e.g. a role: the limit counts only those rows. */
    equals?: Record<string, string>;
  },
): Promise<string[]> {
  const pattern = `%${search.text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const conditions = search.columns.map(
    (column) => Prisma.sql`LOWER(${Prisma.raw(`"${column}"`)}) LIKE ${pattern} ESCAPE '\\'`,
  );
  const equal = Object.entries(search.equals ?? {}).map(
    ([column, value]) => Prisma.sql`${Prisma.raw(`"${column}"`)} = ${value}`,
  );
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM ${Prisma.raw(`"${search.table}"`)}
    WHERE ${Prisma.join([Prisma.sql`(${Prisma.join(conditions, " OR ")})`, ...equal], " AND ")}
    LIMIT ${TEXT_SEARCH_LIMIT}`;
  return rows.map((row) => row.id);
}

export type JsonColumn = { name: string; type: "text" | "integer" | "boolean" | "timestamp" };

/**
 * Inserts many rows with one statement and one parameter: the rows as JSON, unpacked by the
 * database (json_each on SQLite, jsonb_to_recordset on PostgreSQL). Prisma's createMany sends a
 * parameter per value, which SQLite takes in chunks of a few dozen rows. Values are written as
 * Prisma writes them: instants as UTC text, booleans as 1/0 on SQLite. `onConflict` (an
 * "ON CONFLICT ... DO ..." clause) makes it an upsert.
 */
export function insertJsonRows(
  client: Pick<Tx, "$executeRaw">,
  table: string,
  columns: readonly JsonColumn[],
  rows: readonly Record<string, unknown>[],
  onConflict: Prisma.Sql = Prisma.empty,
): Promise<number> {
  const json = JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(
        columns.map(({ name, type }) => {
          const value = row[name] ?? null;
          if (value instanceof Date) {
            const utc = value.toISOString();
            return [name, databaseProvider() === "sqlite" ? utc.replace("Z", "+00:00") : utc];
          }
          if (type === "boolean" && value !== null && databaseProvider() === "sqlite")
            return [name, value ? 1 : 0];
          return [name, value];
        }),
      ),
    ),
  );
  const names = Prisma.raw(columns.map((c) => `"${c.name}"`).join(", "));
  if (databaseProvider() === "postgresql") {
    // A timestamp column holds UTC (as Prisma writes it); its input ignores the "Z", so the
    // server's TimeZone setting plays no part.
    const PG_TYPES = {
      text: "text",
      integer: "integer",
      boolean: "boolean",
      timestamp: "timestamp",
    };
    const shape = Prisma.raw(columns.map((c) => `"${c.name}" ${PG_TYPES[c.type]}`).join(", "));
    return client.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names})
      SELECT ${names} FROM jsonb_to_recordset(CAST(${json} AS jsonb)) AS x(${shape}) ${onConflict}`;
  }
  const values = Prisma.raw(columns.map((c) => `json_extract("value", '$.${c.name}')`).join(", "));
  // "WHERE true": SQLite would read an ON CONFLICT right after the FROM as a join's constraint.
  return client.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names})
    SELECT ${values} FROM json_each(${json}) WHERE true ${onConflict}`;
}
