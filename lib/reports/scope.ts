import "server-only";
import { Prisma } from "@/lib/db";
import { inList } from "@/lib/db/sql";
import type { Actor } from "@/lib/tickets/actor";
import { queueTicketsWhere } from "@/lib/tickets/visibility";
import type { ReportFilters } from "./filters";

/**
 * Whose tickets a report counts: the agent queues' rule (lib/tickets/visibility.ts), the groups
 * of an analyst and everything for an admin. Read from that rule rather than restated, so the
 * reports can never count a ticket the queues would not show. null: every group.
 */
export function reportGroupIds(actor: Actor): string[] | null {
  const where = queueTicketsWhere(actor);
  if (where.groupId === undefined && Object.keys(where).length === 0) return null;
  const groups = where.groupId as { in?: string[] } | undefined;
  if (!groups?.in) throw new Error("Reports are for support: the queue rule gave no groups.");
  return groups.in;
}

export type ReportScope = { groupIds: string[] | null; filters: ReportFilters; now: Date };

/** The condition on ReportTicket for the scope and the dimension filters (not the period). */
export function scopeSql({ groupIds, filters }: ReportScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (groupIds) parts.push(inList("groupId", groupIds));
  const dims = [
    ["groupId", filters.groupId],
    ["organizationId", filters.organizationId],
    ["itemId", filters.itemId],
    ["assigneeId", filters.assigneeId],
  ] as const;
  for (const [column, value] of dims) {
    if (value) parts.push(Prisma.sql`${Prisma.raw(`"${column}"`)} = ${value}`);
  }
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`1 = 1`;
}

/** `"column" BETWEEN from AND to` for one of the facts' day columns. */
export function periodSql(column: "openedDay" | "solvedDay" | "endedDay", f: ReportFilters) {
  return Prisma.sql`${Prisma.raw(`"${column}"`)} BETWEEN ${f.from} AND ${f.to}`;
}
