import "server-only";
import { db, Prisma } from "@/lib/db";
import { inList } from "@/lib/db/sql";
import { isAdmin } from "@/lib/auth/roles";
import { refusedSupportRead } from "./access";
import type { Actor } from "./actor";
import { QUEUES, type QueueName, type QueueScope } from "./queue-names";
import { ACTIVE_STATES, type TicketState } from "./states";

/**
 * Queue and group counts from the TicketCount rows (one per group, state, assignee and whether a
 * solution was rejected, kept by
 * triggers in the ticket's own transaction): a few hundred rows to add up, however many tickets
 * the agent sees. The same tickets as queueTicketsWhere(): an admin's are all groups', an
 * agent's their groups'.
 */
function countersOf(actor: Actor): Prisma.TicketCountWhereInput {
  return isAdmin(actor) ? {} : { groupId: { in: actor.groupIds } };
}

/** Per state and rejection: the tickets the agent sees, and those of them assigned to them. */
type Sums = { state: TicketState; rejected: number; every: number; mine: number }[];
/** As the drivers answer integers computed in SQL: SQLite's as bigint, PostgreSQL's as number. */
type Whole = number | bigint;
type RawSums = { state: TicketState; rejected: Whole; every: Whole; mine: Whole }[];
const total = (sums: Sums, queue: QueueScope) =>
  sums
    .filter((s) => !queue.states || queue.states.includes(s.state))
    .filter((s) => !queue.rejected || s.rejected === 1)
    .reduce((sum, s) => sum + (queue.mine ? s.mine : s.every), 0);

/**
 * Ticket counts per queue, for the queue menu of every agent page; all zero for anyone but
 * support. One statement adds up both the visible tickets and the agent's own: Prisma's groupBy
 * needed two, and on these few rows its own work per statement was three times the database's.
 */
export async function countQueues(actor: Actor): Promise<Record<QueueName, number>> {
  const names = Object.keys(QUEUES) as QueueName[];
  if (await refusedSupportRead(actor, "tickets.queues")) {
    return Object.fromEntries(names.map((queue) => [queue, 0])) as Record<QueueName, number>;
  }
  // The same rows as countersOf(actor).
  const visible = isAdmin(actor)
    ? Prisma.empty
    : Prisma.sql`WHERE ${inList("groupId", actor.groupIds)}`;
  const raw = await db.$queryRaw<RawSums>`
    SELECT "state",
           CAST(CASE WHEN "rejected" THEN 1 ELSE 0 END AS INTEGER) AS "rejected",
           CAST(SUM("count") AS INTEGER) AS "every",
           CAST(SUM(CASE WHEN "assigneeId" = ${actor.id} THEN "count" ELSE 0 END) AS INTEGER) AS "mine"
    FROM "TicketCount" ${visible}
    GROUP BY "state", "rejected"`;
  const sums: Sums = raw.map((row) => ({
    state: row.state,
    rejected: Number(row.rejected),
    every: Number(row.every),
    mine: Number(row.mine),
  }));
  return Object.fromEntries(names.map((name) => [name, total(sums, QUEUES[name])])) as Record<
    QueueName,
    number
  >;
}

/** One queue's tickets, from the counters; the caller has checked that the reader is support. */
export async function countQueue(actor: Actor, name: QueueName): Promise<number> {
  const queue: QueueScope = QUEUES[name];
  const { _sum } = await db.ticketCount.aggregate({
    where: {
      AND: [
        countersOf(actor),
        queue.states ? { state: { in: [...queue.states] } } : {},
        queue.mine ? { assigneeId: actor.id } : {},
        queue.rejected ? { rejected: true } : {},
      ],
    },
    _sum: { count: true },
  });
  return _sum.count ?? 0;
}

/** The active tickets (ACTIVE_STATES) of each group the agent sees, by group id. */
export async function activeTicketsPerGroup(actor: Actor): Promise<Map<string, number>> {
  const rows = await db.ticketCount.groupBy({
    by: ["groupId"],
    where: { AND: [countersOf(actor), { state: { in: [...ACTIVE_STATES] } }] },
    _sum: { count: true },
  });
  return new Map(
    rows.filter((r) => (r._sum.count ?? 0) > 0).map((r) => [r.groupId, r._sum.count ?? 0]),
  );
}
