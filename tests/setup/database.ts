import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { databaseUrl } from "../../scripts/throwaway-postgres";
import { POSTGRES_TEMPLATE, createDatabase } from "./postgres";

// Runs before each test file is imported: point DATABASE_URL at a fresh copy of the migrated
// template, so that lib/db opens a database of this file's own.

async function copyOfTemplate(): Promise<string> {
  const name = `t${crypto.randomUUID().replace(/-/g, "")}`;
  if (inject("provider") === "postgresql") {
    await createDatabase(inject("templateDatabase"), name, POSTGRES_TEMPLATE);
    return databaseUrl(inject("templateDatabase"), name);
  }
  const file = path.join(inject("databaseFolder"), `${name}.db`);
  fs.copyFileSync(inject("templateDatabase"), file);
  return `file:${file}`;
}

process.env.DATABASE_URL = await copyOfTemplate();
