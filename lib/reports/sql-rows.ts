import "server-only";
import { db, type Prisma } from "@/lib/db";

/**
 * A raw query's rows with their counts as numbers: PostgreSQL answers COUNT and SUM as bigint
 * (or numeric), SQLite as numbers; `numeric` names the columns to convert.
 */
export async function queryRows<T extends Record<string, unknown>>(
  sql: Prisma.Sql,
  numeric: readonly (keyof T)[],
): Promise<T[]> {
  const rows = await db.$queryRaw<T[]>(sql);
  return rows.map((row) => {
    const copy: Record<string, unknown> = { ...row };
    for (const key of numeric) copy[key as string] = row[key] === null ? null : Number(row[key]);
    return copy as T;
  });
}
