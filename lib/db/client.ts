import { PrismaClient, type Prisma } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-postgresql/client";
import { createAdapterFactory } from "./adapter";
import { databaseTarget } from "./target";

/** The client for the database DATABASE_URL names. */
export function createPrismaClient(databaseUrl: string): Db {
  const target = databaseTarget(databaseUrl);
  const adapter = createAdapterFactory(target);
  if (target.provider === "sqlite") return new PrismaClient({ adapter });
  // The two clients are generated from one schema and differ only in their SQL dialect; the
  // rest of the code sees one type.
  return new PostgresPrismaClient({ adapter }) as unknown as Db;
}

export type Db = PrismaClient;

/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Prisma.TransactionClient;
