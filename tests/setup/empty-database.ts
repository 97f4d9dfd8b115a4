import crypto from "node:crypto";
import path from "node:path";
import { inject } from "vitest";
import { databaseUrl } from "../../scripts/throwaway-postgres";
import { createDatabase } from "./postgres";

/** A new, empty database of the running project's kind, for tests that migrate one themselves. */
export async function emptyDatabaseUrl(): Promise<string> {
  const name = `t${crypto.randomUUID().replace(/-/g, "")}`;
  if (inject("provider") === "postgresql") {
    await createDatabase(inject("templateDatabase"), name);
    return databaseUrl(inject("templateDatabase"), name);
  }
  return `file:${path.join(inject("databaseFolder"), `${name}.db`)}`;
}
