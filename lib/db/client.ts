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
  // The two clients are generated from one schema and differ only in their SQL dialect; the
  // rest of the code sees one type.
  const client =
    target.provider === "sqlite"
      ? new PrismaClient({ adapter, log })
      : (new PostgresPrismaClient({ adapter, log }) as unknown as PrismaClient<"query">);
  const { onQuery } = options;
  if (onQuery) client.$on("query", (event) => onQuery(event.duration));
  return client as unknown as Db;
}

export type Db = PrismaClient;

/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Prisma.TransactionClient;
