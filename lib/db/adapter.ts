import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { optimizeSqliteConnection } from "./maintenance";
import type { DatabaseTarget } from "./target";

/**
 * The driver adapter for a database target: the only place that knows which driver serves which
 * database. The same factory serves queries (PrismaClient) and migrations (the schema engine).
 */
export function createAdapterFactory(
  target: DatabaseTarget,
): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === "postgresql") {
    return new PostgresFactory({
      connectionTimeoutMillis: CONNECTION_WAIT_MS,
      ...parseIntoClientConfig(target.url),
      Client: CatalogFriendlyClient,
    });
  }
  if (target.filePath !== ":memory:") prepareSqliteFile(target.filePath);
  return new TunedSqliteFactory(new PrismaBetterSqlite3({ url: target.filePath }));
}

/**
 * How long a query waits for one of the pool's connections (all busy) or for a new connection to
 * be accepted, before it fails with an error the request reports. pg waits forever by default:
 * with the database unreachable, or the pool taken by slow work, requests would pile up unanswered
 * instead of failing, and admission control could not shed them.
 */
const CONNECTION_WAIT_MS = 10_000;

/**
 * Creates the folder, switches the file to write-ahead logging (readers never wait for the
 * writer; WAL is stored in the file, so once per process is enough) and refreshes the planner's
 * statistics, on one short-lived connection.
 */
function prepareSqliteFile(filePath: string) {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const sqlite = new Database(filePath);
  try {
    sqlite.pragma("journal_mode = WAL");
    optimizeSqliteConnection(sqlite);
  } finally {
    sqlite.close();
  }
}

/**
 * Per-connection settings. SQLite's default page cache is 2 MB, which a table of a million
 * tickets and its indexes overflow at once: 64 MB halves the time of large updates and keeps list
 * pages in memory. Checkpointing the write-ahead log every 10,000 pages (40 MB) instead of 1,000
 * writes a page changed by many transactions back once instead of many times (half the time of
 * a large auto-close sweep). Temporary sort tables stay in memory. With write-ahead logging,
 * synchronous = NORMAL syncs the log at checkpoints instead of at every commit (SQLite's own advice
 * for WAL): the database can never be corrupted and stays consistent, and a power cut (not a crash
 * of the portal) may lose the last commits. A sync per commit cost every write, and every slice of
 * a job, tens of milliseconds of waiting for the disk. A writer waits up to 15 s for the write
 * lock instead of the driver's 5 s: SQLite's busy handler polls (every 100 ms once it has waited
 * a while) rather than queueing, so with eight processes writing at once on a loaded machine an
 * unlucky one lost every poll for 5 s and its request failed ("database is locked").
 */
export const CONNECTION_PRAGMAS =
  "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000; PRAGMA temp_store = MEMORY; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 15000;";

/** How many distinct statements a connection keeps prepared (Prisma's SQL repeats per query shape). */
const PREPARED_STATEMENTS = 500;

/**
 * Two changes to the adapter's `prepare`, which it calls for every statement it runs:
 *
 * - Its transactions start with BEGIN IMMEDIATE. With its plain BEGIN, a transaction that reads
 *   and then writes fails with SQLITE_BUSY_SNAPSHOT ("database is locked", no waiting) when
 *   another process committed in between, e.g. `npm run job` from cron while the portal runs;
 *   taking the write lock at the start makes it wait its turn (busy timeout) instead.
 * - Statements are prepared once per connection, not once per run: parsing and planning the SQL
 *   cost a fifth of a page's CPU (profiled under bench:load) against statements that themselves
 *   take 0.03–0.5 ms. The adapter binds each statement's values for good (`bind`, allowed once per
 *   statement), so a kept statement is handed out through `reusable`, which passes the values to
 *   each run instead.
 *
 * The adapter offers no option for either, so its client's `prepare` is replaced here.
 */
function tunePrepare(adapter: SqlDriverAdapter): void {
  const client = (adapter as unknown as { client?: Database.Database }).client;
  if (!client) throw new Error("The SQLite adapter changed: no client to prepare statements on.");
  const prepare = client.prepare.bind(client);
  const kept = new Map<string, KeptStatement>();
  (client as { prepare: unknown }).prepare = (sql: string) => {
    let entry = kept.get(sql);
    if (entry) kept.delete(sql);
    else entry = { statement: prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql) };
    // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
    kept.set(sql, entry);
    if (kept.size > PREPARED_STATEMENTS) kept.delete(kept.keys().next().value!);
    return reusable(entry);
  };
}

/**
 * A prepared statement and its result's columns (names and declared types). The adapter asks for
 * the columns on every run and better-sqlite3 builds them anew each time; they are the
 * statement's, so they are read on its first run and kept with it.
 */
type KeptStatement = {
  statement: Database.Statement<unknown[]>;
  columns?: Database.ColumnDefinition[];
};

/** A kept statement with the adapter's uses of a freshly prepared one: `bind` once, then run. */
function reusable(entry: KeptStatement) {
  const { statement } = entry;
  const bound = (values: unknown[]) => ({
    reader: statement.reader,
    run: () => statement.run(values),
    columns: () => (entry.columns ??= statement.columns()),
    raw: () => ({ all: () => statement.raw(true).all(values) }),
  });
  return { reader: statement.reader, run: () => statement.run(), bind: bound };
}

class TunedSqliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;

  constructor(private readonly inner: PrismaBetterSqlite3) {
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    tunePrepare(adapter);
    return adapter;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.inner.connectToShadowDb();
  }
}

/**
 * @prisma/adapter-pg with its migration shadow database done right: the adapter's own drops the
 * database before closing its connections to it (so the drop fails), and builds the shadow
 * connection by overriding `database`, which a connection string silently wins over (so it
 * replays migrations on the real database). Queries go through the adapter unchanged.
 */
class PostgresFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName: string;
  private readonly inner: PrismaPg;

  constructor(private readonly config: pg.PoolConfig) {
    this.inner = new PrismaPg(config);
    this.adapterName = this.inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return wholeScripts(await this.inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    const admin = await this.inner.connect();
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = wholeScripts(await new PrismaPg({ ...this.config, database: name }).connect());
    const close = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await close();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  }
}

/**
 * adapter-pg runs a script by cutting it at every ";", which cuts apart a migration's function
 * body ($$ … $$, the TicketCount triggers). PostgreSQL takes a whole script as one simple query,
 * so send it whole.
 */
function wholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const inner = adapter as unknown as { client: pg.Pool; onError(error: unknown): never };
  adapter.executeScript = async (script) => {
    try {
      await inner.client.query(script);
    } catch (error) {
      inner.onError(error);
    }
  };
  return adapter;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * Every connection of the pool, with two repairs:
 * - The schema engine reads PostgreSQL's catalogs, whose one-byte `"char"` columns (type 18) the
 *   pg adapter does not map (it fails with "Column type 'char' could not be deserialized"). Their
 *   values already arrive as strings, so those columns are labelled text. Application tables never
 *   have such columns.
 * - Prisma sends a transaction's relation reads (a nested include) side by side on its one
 *   connection (prisma/orm#29646, #29979); pg warns about overlapping queries and refuses them from
 *   version 9. Each query here waits until the connection's previous one has answered.
 */
class CatalogFriendlyClient extends pg.Client {
  /** Settles when the last query sent to this connection has answered. */
  private previous: Promise<unknown> = Promise.resolve();

  // pg's query() has many overloads (promise or callback); pass everything through.
  override query(...args: unknown[]): never {
    const send = (super.query as (...a: unknown[]) => unknown).bind(this);
    // A submittable (a cursor or stream) manages its own reads: sent as it is.
    if (typeof (args[0] as { submit?: unknown } | null)?.submit === "function")
      return send(...args) as never;
    const last = args.at(-1);
    const callback =
      typeof last === "function" ? (last as (error: unknown, result?: unknown) => void) : null;
    const queryArgs = callback ? args.slice(0, -1) : args;
    const answered = this.previous
      .then(() => send(...queryArgs) as Promise<pg.QueryResult>)
      .then(relabelCharColumns);
    this.previous = answered.catch(() => undefined);
    if (!callback) return answered as never;
    answered.then(
      (result) => callback(null, result),
      (error: unknown) => callback(error),
    );
    return undefined as never;
  }
}

function relabelCharColumns<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const one of results as { fields?: { dataTypeID: number }[] }[]) {
    for (const field of one?.fields ?? [])
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}
