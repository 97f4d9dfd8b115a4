import type { Env } from "../lib/config/env";
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { localFolderStorage } from "../lib/storage/local-folder";
import { s3Storage } from "../lib/storage/s3";
import { isDatabaseEmpty, seedDemoData } from "../prisma/seed";
import { seedDemoMonth } from "../prisma/seed-month";

/**
 * Before the portal serves: applies the pending migrations, then writes the demo data into an
 * empty demo database, or says how to create the first administrator of an empty real one.
 * `adminCommand` is how that command is called where this runs (npm, or the standalone folder).
 */
export async function prepareDatabase(env: Env, adminCommand: string): Promise<void> {
  const applied = await applyMigrations(env.databaseUrl);
  if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
  const db = createPrismaClient(env.databaseUrl);
  try {
    if (!(await isDatabaseEmpty(db))) return;
    if (env.demoData) {
      const started = performance.now();
      await seedDemoData(db);
      // The demo's month of tickets, files and ratings: never on a database that has anything else.
      const storage =
        env.storage.kind === "s3"
          ? s3Storage(env.storage.location)
          : localFolderStorage(env.storage.dir);
      const { tickets } = await seedDemoMonth(db, { storage });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`Empty database: demo data written (${tickets} tickets, ${seconds} s).`);
    } else {
      console.log(
        "No users yet. Create the first administrator with:\n" +
          `  ${adminCommand} --cpf <CPF> --email <e-mail> --name <nome>`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}
