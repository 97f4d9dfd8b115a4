import "server-only";
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import { refusedSupportRead } from "./access";
import { ACTIVE_STATES } from "./states";
import type { Actor } from "./actor";
import { listInput, listTickets, requestColumns, type TicketPage } from "./ticket-list";
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

/** The agent queues of product.md, limited by visibility to the agent's groups (admins: all). */
const QUEUES = {
  all: {},
  mine: null, // assigned to the agent; built per actor
  open: { state: "OPEN" },
  inProgress: { state: "IN_PROGRESS" },
  paused: { state: "AWAITING_SUPPORT" },
  awaitingUser: { state: "AWAITING_USER" },
  awaitingInfo: { state: "AWAITING_INFO" },
  // "Reprovadas": a solution was rejected at least once, and the ticket is still open.
  rejected: { rejectionCount: { gt: 0 }, state: { in: [...ACTIVE_STATES] } },
  finished: { state: { in: ["CLOSED", "CANCELLED"] } },
} as const satisfies Record<string, Prisma.TicketWhereInput | null>;

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
  const scope = QUEUES[queue];
  return scope ?? { assigneeId: actor.id };
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

/** Ticket counts per queue, for the queue menu; all zero for anyone but support. */
export async function countQueues(actor: Actor): Promise<Record<QueueName, number>> {
  const names = Object.keys(QUEUES) as QueueName[];
  if (await refusedSupportRead(actor, "tickets.queues")) {
    return Object.fromEntries(names.map((queue) => [queue, 0])) as Record<QueueName, number>;
  }
  const visible = queueTicketsWhere(actor);
  const counts = await Promise.all(
    names.map((queue) => db.ticket.count({ where: { AND: [visible, queueScope(actor, queue)] } })),
  );
  return Object.fromEntries(names.map((queue, i) => [queue, counts[i]!])) as Record<
    QueueName,
    number
  >;
}
