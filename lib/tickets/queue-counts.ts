import "server-only";
import { db, type Prisma } from "@/lib/db";
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

type Sums = { state: TicketState; rejected: boolean; _sum: { count: number | null } }[];
const total = (sums: Sums, queue: QueueScope) =>
  sums
    .filter((s) => !queue.states || queue.states.includes(s.state))
    .filter((s) => !queue.rejected || s.rejected)
    .reduce((sum, s) => sum + (s._sum.count ?? 0), 0);

/** Ticket counts per queue, for the queue menu; all zero for anyone but support. */
export async function countQueues(actor: Actor): Promise<Record<QueueName, number>> {
  const names = Object.keys(QUEUES) as QueueName[];
  if (await refusedSupportRead(actor, "tickets.queues")) {
    return Object.fromEntries(names.map((queue) => [queue, 0])) as Record<QueueName, number>;
  }
  const visible = countersOf(actor);
  const [every, mine] = await Promise.all(
    [visible, { AND: [visible, { assigneeId: actor.id }] }].map((where) =>
      db.ticketCount.groupBy({ by: ["state", "rejected"], where, _sum: { count: true } }),
    ),
  );
  return Object.fromEntries(
    names.map((name) => {
      const queue: QueueScope = QUEUES[name];
      return [name, total(queue.mine ? mine! : every!, queue)];
    }),
  ) as Record<QueueName, number>;
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
