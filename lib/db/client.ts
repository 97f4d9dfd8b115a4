import { PrismaClient, type Prisma } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-postgresql/client";
import { createAdapterFactory } from "./adapter";
import { databaseTarget } from "./target";

/** The client for the database DATABASE_URL names. */
export function createPrismaClient(
  databaseUrl: string,
  options: { onQuery?: (durationMs: number) => void } = {},
): Db {
  const target = databaseTarget(databaseUrl);
  const adapter = createAdapterFactory(target);
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  // "minimal" errors: any other format makes Prisma capture a stack trace (new Error) on every
  // query to point at the caller in its message, a seventh of a point lookup's processor time.
  // Errors keep their code and message; the log has the stack where they are caught.
  const settings = { adapter, log, errorFormat: "minimal" as const };
  // The two clients are generated from one schema and differ only in their SQL dialect; the
  // rest of the code sees one type.
  const client =
    target.provider === "sqlite"
      ? new PrismaClient(settings)
      : (new PostgresPrismaClient(settings) as unknown as PrismaClient<"query">);
  const { onQuery } = options;
  if (onQuery) client.$on("query", (event) => onQuery(event.duration));
  return client as unknown as Db;
}

export type Db = PrismaClient;

/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Prisma.TransactionClient;
