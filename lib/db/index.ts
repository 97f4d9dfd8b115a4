import "server-only";
import { env } from "@/lib/config/env";
import { log } from "@/lib/log";
import { createPrismaClient, type Db } from "./client";
import { Prisma } from "./generated/client";

export type { Db, Tx } from "./client";
export { Prisma };
export type * from "./generated/models";
export * from "./generated/enums";

// One client per process, kept on globalThis: in development Next re-evaluates modules on every
// change, and in production each server bundle that includes this module evaluates its own copy
// (two SQLite connections and two query compilers were seen in one process).
const globalForDb = globalThis as unknown as { portalDb?: Db };

const onQuery = (durationMs: number) => log.info({ event: "db.query", durationMs });
export const db: Db =
  globalForDb.portalDb ??
  createPrismaClient(env.databaseUrl, env.logQueries ? { onQuery } : undefined);
globalForDb.portalDb = db;

/** True for a write refused by a unique index, on every database (Prisma's P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** True when the database answers a trivial query. */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
