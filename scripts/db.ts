/**
 * Database commands behind the npm scripts:
 *   npm run db:migrate          apply pending migrations
 *   npm run db:diff -- <name>   write a new migration from prisma/schema.prisma
 *   npm run db:reset            drop everything, migrate and seed (development only)
 *   npm run db:seed             write the demo data (idempotent)
 */
import path from "node:path";
import { env } from "../lib/config/env";
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations, resetDatabase, writeMigration } from "../lib/db/migrations";
import { fileStorage } from "../lib/storage";
import { seedDemoData } from "../prisma/seed";
import { NotADemoDatabase, seedDemoMonth } from "../prisma/seed-month";
import { databaseTarget } from "../lib/db/target";
import { CommandError, runCommand } from "./run-command";
import { startThrowawayPostgres } from "./throwaway-postgres";

async function migrate() {
  const applied = await applyMigrations(env.databaseUrl);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
}

async function seed() {
  const db = createPrismaClient(env.databaseUrl);
  try {
    await seedDemoData(db);
    try {
      const { tickets } = await seedDemoMonth(db, { storage: fileStorage() });
      console.log(`Demo data written, with a month of ${tickets} tickets.`);
    } catch (error) {
      // A database with tickets or real accounts keeps them: only the base demo is brought back.
      if (!(error instanceof NotADemoDatabase)) throw error;
      console.log("Demo data written (the demo month only goes into a fresh demo database).");
    }
  } finally {
    await db.$disconnect();
  }
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  migrate,
  seed,
  /**
   * Writes the migration for both histories at once, so they never drift apart: SQLite's replayed
   * in memory, PostgreSQL's on a throwaway server (whatever DATABASE_URL says).
   */
  async diff([name]) {
    if (!name) throw new CommandError("Give the migration a name: npm run db:diff -- add_tickets");
    const now = new Date();
    const postgres = await startThrowawayPostgres();
    try {
      for (const url of ["file::memory:", postgres.url]) {
        const folder = await writeMigration(url, name, now);
        console.log(
          folder
            ? `Wrote ${path.relative(process.cwd(), folder)}/migration.sql`
            : `${databaseTarget(url).provider}: the migrations already match schema.prisma.`,
        );
      }
    } finally {
      postgres.stop();
    }
  },
  async reset() {
    if (env.isProduction)
      throw new CommandError(
        "db:reset drops every table; it refuses to run with NODE_ENV=production.",
      );
    await resetDatabase(env.databaseUrl);
    await migrate();
    await seed();
  },
};

runCommand(async () => {
  const [name = "", ...args] = process.argv.slice(2);
  const command = commands[name];
  if (!command)
    throw new CommandError(
      `Unknown command "${name}". Use one of: ${Object.keys(commands).join(", ")}.`,
    );
  await command(args);
});
