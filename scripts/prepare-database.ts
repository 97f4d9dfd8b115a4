import type { Env } from "../lib/config/env";
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { isDatabaseEmpty, seedDemoData } from "../prisma/seed";

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
      await seedDemoData(db);
      console.log("Empty database: demo data written.");
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
