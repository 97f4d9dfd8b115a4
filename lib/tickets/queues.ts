import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/db";
import { refusedSupportRead } from "./access";
import type { Actor } from "./actor";
import { listInput, listTickets, requestColumns, type TicketPage } from "./ticket-list";
import { ACTIVE_STATES, type TicketState } from "./states";
import { queueTicketsWhere } from "./visibility";

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

export type QueueScope = { states: readonly TicketState[] | null; mine?: true; rejected?: true };

/**
 * The agent queues of product.md, limited by visibility to the agent's groups (admins: all): each
 * is a set of states (null: every state), "mine" only the agent's own tickets, "rejected" only
 * tickets whose solution was rejected at least once. Nothing else, so that the counts come from the
 * (group, state, assignee, rejected) counters (queue-counts.ts).
 */
export const QUEUES = {
  all: { states: null },
  mine: { states: null, mine: true },
  open: { states: ["OPEN"] },
  inProgress: { states: ["IN_PROGRESS"] },
  paused: { states: ["AWAITING_SUPPORT"] },
  awaitingUser: { states: ["AWAITING_USER"] },
  awaitingInfo: { states: ["AWAITING_INFO"] },
  // "Reprovadas": still open, and a solution was rejected at least once.
  rejected: { states: ACTIVE_STATES, rejected: true },
  finished: { states: ["CLOSED", "CANCELLED"] },
} as const satisfies Record<string, QueueScope>;

export type QueueName = keyof typeof QUEUES;

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
  return listTickets(queueTicketsWhere(actor), scope, list, queueColumns);
}
