import "server-only";
import { db, Prisma } from "@/lib/db";
import { claimRows, enumValue, skipLockedRows } from "@/lib/db/sql";
import { systemClock, type Clock } from "@/lib/clock";
import { inSlices, type SliceOptions } from "@/lib/jobs/slices";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { getPrivacySettings } from "./settings";

const DAY_MS = 24 * 60 * 60_000;
const JOB = "privacy-retention";

/**
 * The retention job: removes what the privacy settings keep no longer (0 days: kept) — the
 * files of tickets closed before the period, the access log, the bodies of e-mails already
 * handled, and expired exports — in slices (lib/jobs/slices.ts). Safe with several processes:
 * each slice is one DELETE (or UPDATE) that repeats its condition and returns only the rows it
 * removed, PostgreSQL skips rows another run holds, and each run deletes only the files of the
 * rows it removed itself.
 */
export async function applyRetention(
  clock: Clock = systemClock,
  storage: FileStorage = fileStorage(),
  slices: Partial<SliceOptions> = {},
): Promise<Record<string, number>> {
  const now = clock();
  const settings = await getPrivacySettings(db);
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const run = async (verb: string, slice: (limit: number) => Promise<number>) =>
    (await inSlices(JOB, verb, slice, { budgetMs: 15_000, ...slices })).done;

  const result = { attachments: 0, accessLog: 0, mailBodies: 0, exports: 0 };
  if (settings.closedAttachmentDays > 0) {
    const where = closedBefore(before(settings.closedAttachmentDays));
    result.attachments = await run("closed tickets' files removed", async (limit) => {
      const rows = await removeRows<{ storageKey: string }>(
        "Attachment",
        where,
        limit,
        "storageKey",
      );
      await Promise.all(rows.map((row) => storage.delete(row.storageKey)));
      return rows.length;
    });
  }
  if (settings.accessLogDays > 0) {
    const where = Prisma.sql`"createdAt" < ${before(settings.accessLogDays)}`;
    result.accessLog = await run("access log entries removed", async (limit) => {
      return (await removeRows("DataAccess", where, limit, "id")).length;
    });
  }
  if (settings.mailBodyDays > 0) {
    const where = Prisma.sql`"state" <> ${enumValue("OutboxState", "PENDING")}
      AND "createdAt" < ${before(settings.mailBodyDays)} AND ("text" <> '' OR "html" <> '')`;
    result.mailBodies = await run("mail bodies emptied", async (limit) => {
      const rows = await claimRows(db, {
        table: "OutboxMessage",
        set: Prisma.sql`"text" = '', "html" = ''`,
        where,
        orderBy: "createdAt",
        limit,
        returning: ["id"],
      });
      return rows.length;
    });
  }
  const expired = Prisma.sql`"expiresAt" <= ${now}`;
  result.exports = await run("expired exports removed", async (limit) => {
    type Keys = { jsonKey: string | null; htmlKey: string | null };
    const rows = await removeRows<Keys>("DataExport", expired, limit, "jsonKey", "htmlKey");
    const keys = rows.flatMap((r) => [r.jsonKey, r.htmlKey]).filter((k) => k !== null);
    await Promise.all(keys.map((key) => storage.delete(key)));
    return rows.length;
  });
  return result;
}

/**
 * Deletes up to `limit` rows of `table` matching `where` in one statement, the condition checked
 * again on the rows themselves, and answers the columns of the rows this statement removed. The
 * pick is a materialized CTE, as in claimRows (lib/db/sql.ts), with PostgreSQL skipping rows
 * another run holds.
 */
function removeRows<T = { id: string }>(
  table: string,
  where: Prisma.Sql,
  limit: number,
  ...returning: string[]
): Promise<T[]> {
  const name = Prisma.raw(`"${table}"`);
  const columns = Prisma.raw(returning.map((column) => `"${column}"`).join(", "));
  return db.$queryRaw<T[]>`
    WITH "picked" AS MATERIALIZED (SELECT "id" FROM ${name} WHERE ${where}
                   LIMIT ${limit} ${skipLockedRows()})
    DELETE FROM ${name} WHERE "id" IN (SELECT "id" FROM "picked") AND ${where}
    RETURNING ${columns}`;
}

/** A file of a ticket closed (or cancelled) before `cutoff`; the ticket row is not locked. */
const closedBefore = (cutoff: Date) => Prisma.sql`"ticketId" IS NOT NULL AND EXISTS (
  SELECT 1 FROM "Ticket" "t" WHERE "t"."id" = "Attachment"."ticketId"
    AND "t"."state" IN (${enumValue("TicketState", "CLOSED")}, ${enumValue("TicketState", "CANCELLED")})
    AND "t"."closedAt" < ${cutoff})`;
