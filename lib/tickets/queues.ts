import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/db";
import { refusedSupportRead } from "./access";
import type { Actor } from "./actor";
import { isAdmin } from "@/lib/auth/roles";
import type { Partition } from "./merged-page";
import { listInput, listTickets, requestColumns, type TicketPage } from "./ticket-list";
import { queueTicketsWhere } from "./visibility";
import { QUEUES, type QueueName, type QueueScope } from "./queue-names";
import { countQueue } from "./queue-counts";

export type { QueueName };

/** The agent queues show who and where too. Each relation is one more query: lists ask only for theirs. */
const queueColumns = {
  ...requestColumns,
  firstResponseAt: true,
  firstResponseDueAt: true,
  resolutionDueAt: true,
  slaFirstResponseMinutes: true,
  slaResolutionMinutes: true,
  organization: { select: { name: true } },
  requester: { select: { name: true } },
  requestedFor: { select: { name: true } },
  group: { select: { name: true } },
  assignee: { select: { name: true } },
} satisfies Prisma.TicketSelect;

export type QueueRow = Prisma.TicketGetPayload<{ select: typeof queueColumns }>;

const queueFilters = listInput.extend({
  groupId: z.string().min(1).optional(),
  assigneeId: z.string().min(1).optional(),
  organizationId: z.string().min(1).optional(),
  itemId: z.string().min(1).optional(),
  sort: listInput.shape.sort.unwrap().default("updatedAt"),
});

export type QueueFilters = z.input<typeof queueFilters>;

function queueScope(actor: Actor, queue: QueueName): Prisma.TicketWhereInput {
  const scope: QueueScope = QUEUES[queue];
  return {
    ...(scope.states ? { state: { in: [...scope.states] } } : {}),
    ...(scope.mine ? { assigneeId: actor.id } : {}),
    ...(scope.rejected ? { rejectionCount: { gt: 0 } } : {}),
  };
}

/** One agent queue with the list filters plus group, assignee, organization and item; support only. */
export async function listQueue(
  actor: Actor,
  queue: QueueName,
  rawFilters: QueueFilters = {},
): Promise<TicketPage<QueueRow>> {
  if (await refusedSupportRead(actor, "tickets.queue")) {
    return { rows: [], total: 0, page: 1, pageSize: 0 };
  }
  const { groupId, assigneeId, organizationId, itemId, ...list } = queueFilters.parse(rawFilters);
  const scope: Prisma.TicketWhereInput = {
    AND: [queueScope(actor, queue), { groupId, assigneeId, organizationId, itemId }],
  };
  // The whole queue, unfiltered, is one of the counters: no count over its tickets.
  const filtered = [
    groupId,
    assigneeId,
    organizationId,
    itemId,
    list.state,
    list.turn,
    list.number,
  ];
  const total = filtered.some(Boolean) ? undefined : () => countQueue(actor, queue);
  return listTickets(queueTicketsWhere(actor), scope, list, queueColumns, {
    countTotal: total,
    partitions: partitionsOf(actor, queue, groupId),
  });
}

/**
 * The index ranges a queue spans: each group an agent works in (all of them at once, for an
 * admin, is one range of the updatedAt index) times each state of the queue. "Meus Tickets" is
 * one range already, of the assignee's index.
 */
function partitionsOf(actor: Actor, queue: QueueName, groupId?: string): Partition[] {
  const scope: QueueScope = QUEUES[queue];
  if (scope.mine) return [];
  const groups = groupId ? [groupId] : isAdmin(actor) ? [undefined] : actor.groupIds;
  const states = scope.states ?? [undefined];
  return groups.flatMap((group) => states.map((state) => ({ groupId: group, state })));
}
