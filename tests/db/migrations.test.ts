import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import {
  applyMigrations,
  databaseDrift,
  pendingSchemaChanges,
  readMigrationList,
} from "@/lib/db/migrations";
import { migrationsDir } from "@/lib/db/schemas";
import { databaseTarget } from "@/lib/db/target";
import { emptyDatabaseUrl } from "../setup/empty-database";

describe("migrations through the WebAssembly schema engine", () => {
  it("migrates an empty database from zero to exactly schema.prisma, and only once", async () => {
    const url = await emptyDatabaseUrl();
    const provider = databaseTarget(url).provider;
    const all = readMigrationList(migrationsDir(provider)).migrationDirectories.map((m) => m.path);
    expect(all.length).toBeGreaterThan(0);

    expect(await applyMigrations(url)).toEqual(all);
    expect(await databaseDrift(url)).toBe("");
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("has a migration for every change in schema.prisma, in this database's history", async () => {
    // Replays the history on a shadow database and compares with the schema: the two histories
    // (SQLite and PostgreSQL) must each produce exactly the models of schema.prisma.
    expect(await pendingSchemaChanges(await emptyDatabaseUrl())).toBe("");
  });

  it("reports drift when the database does not match the schema", async () => {
    const url = await emptyDatabaseUrl();
    await applyMigrations(url);
    const db = createPrismaClient(url);
    await db.$executeRawUnsafe('DROP INDEX "User_organizationId_name_idx"');
    await db.$disconnect();
    expect(await databaseDrift(url)).toContain("User_organizationId_name_idx");
  });
});
