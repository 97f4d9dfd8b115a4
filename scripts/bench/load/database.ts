import fs from "node:fs";
import { freshBenchDatabase } from "../measure";

/**
 * The load benchmark's database: tickets, 20,000 users in 500 organizations. On SQLite the first
 * run builds it once into data/bench-load-<tickets>.base.db and every run works on a copy (a run
 * writes comments and tickets); delete the base file to build again. On PostgreSQL (a throwaway
 * server) it is built every time.
 */
export const SQLITE_URL = "file:./data/bench-load.db";

export async function loadDatabase(
  database: string,
  shape: { tickets: number; users: number; organizations: number },
  log: (line: string) => void,
): Promise<void> {
  const { databaseTarget } = await import("../../../lib/db/target");
  const target = databaseTarget(database);
  const file = target.provider === "sqlite" ? target.filePath : null;
  const base = `data/bench-load-${shape.tickets}-${shape.users}-${shape.organizations}.base.db`;
  if (file && fs.existsSync(base)) {
    log(`Reusing ${base} (delete it to build again).`);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    fs.copyFileSync(base, file);
    process.env.DATABASE_URL = database;
    return;
  }
  await freshBenchDatabase(database);
  const { db } = await import("../../../lib/db");
  const { buildDataset } = await import("../dataset");
  log(
    `Building ${shape.tickets.toLocaleString("en")} tickets, ${shape.users.toLocaleString("en")} users, ${shape.organizations} organizations...`,
  );
  const started = performance.now();
  await buildDataset(db, database, { ...shape, now: new Date(), log });
  log(`Built in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  if (file) {
    await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    await db.$disconnect();
    fs.copyFileSync(file, base);
  } else {
    // A million rows just inserted are vacuumed by PostgreSQL in the background during the first
    // minutes, which the steps would measure; a municipality's database has long been vacuumed.
    await db.$executeRawUnsafe("VACUUM (ANALYZE)");
    log(`Vacuumed in ${((performance.now() - started) / 1000).toFixed(0)} s from the start.`);
  }
}
