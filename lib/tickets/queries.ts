import "server-only";
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import type { TicketState } from "@/lib/db/generated/enums";
import { notFound, ok, type ServiceResult } from "@/lib/result";
import type { Answer } from "@/lib/catalog/fields";
import type { Actor } from "./actor";
import { LIST_SORTS } from "./list-params";
import { logRefusal, refusedSupportRead } from "./access";
import { formatTicketNumber } from "./numbering";
import { partiesSelect, relationsToRow } from "./relations";
import { availableActions, type TicketAction } from "./state-machine";
import { TICKET_STATES } from "./states";
import { queueTicketsWhere, visibleTicketsWhere } from "./visibility";

/** Filters, sort and page of a ticket list ("Número", "Estado", "Pesquisar", "Linhas 1 - 4 de 4"). */
export const listInput = z.object({
  number: z.string().trim().max(20).optional(),
  state: z.enum(TICKET_STATES).optional(),
  sort: z.enum(LIST_SORTS).default("createdAt"),
  direction: z.enum(["asc", "desc"]).default("desc"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export type ListInput = z.input<typeof listInput>;

/** The columns of "Minhas Solicitações" and "Meus Acompanhamentos". */
const requestColumns = {
  id: true,
  number: true,
  state: true,
  createdAt: true,
  updatedAt: true,
  resolvedAt: true,
  closedAt: true,
  item: { select: { title: true } },
} satisfies Prisma.TicketSelect;

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

export type RequestRow = Prisma.TicketGetPayload<{ select: typeof requestColumns }>;
export type QueueRow = Prisma.TicketGetPayload<{ select: typeof queueColumns }>;
export type TicketPage<Row> = { rows: Row[]; total: number; page: number; pageSize: number };

/** "CS0000123", "cs123" and "123" all mean ticket CS0000123; anything else matches nothing. */
export function parseTicketNumber(text: string): string | null {
  const digits = /^(cs)?\s*0*(\d{1,7})$/i.exec(text.trim())?.[2];
  return digits ? formatTicketNumber(Number(digits)) : null;
}

async function listTickets<S extends Prisma.TicketSelect>(
  visible: Prisma.TicketWhereInput,
  scope: Prisma.TicketWhereInput,
  rawInput: ListInput,
  select: S,
): Promise<TicketPage<Prisma.TicketGetPayload<{ select: S }>>> {
  const input = listInput.parse(rawInput);
  const filters: Prisma.TicketWhereInput[] = [visible, scope];
  if (input.state) filters.push({ state: input.state });
  if (input.number) filters.push({ number: parseTicketNumber(input.number) ?? "" });
  const where: Prisma.TicketWhereInput = { AND: filters };

  const order = input.direction;
  const orderBy: Prisma.TicketOrderByWithRelationInput[] = [
    input.sort === "item" ? { item: { title: order } } : { [input.sort]: order },
    { number: order },
  ];
  const [rows, total] = await Promise.all([
    db.ticket.findMany({
      where,
      orderBy,
      select,
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
    db.ticket.count({ where }),
  ]);
  return {
    rows,
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** The tickets a user opened or that were opened for them. */
function myRequestsScope(actor: Actor): Prisma.TicketWhereInput {
  return { OR: [{ requesterId: actor.id }, { requestedForId: actor.id }] };
}

/** "Minhas Solicitações". */
export function listMyRequests(
  actor: Actor,
  input: ListInput = {},
): Promise<TicketPage<RequestRow>> {
  return listTickets(visibleTicketsWhere(actor), myRequestsScope(actor), input, requestColumns);
}

/** "Meus Acompanhamentos": tickets the user follows. */
export function listMyFollowUps(
  actor: Actor,
  input: ListInput = {},
): Promise<TicketPage<RequestRow>> {
  return listTickets(
    visibleTicketsWhere(actor),
    { followers: { some: { userId: actor.id } } },
    input,
    requestColumns,
  );
}

/** "As Solicitações" on the home page: the user's requests counted by state (every state present). */
export async function countMyRequestsByState(actor: Actor): Promise<Record<TicketState, number>> {
  const groups = await db.ticket.groupBy({
    by: ["state"],
    where: { AND: [visibleTicketsWhere(actor), myRequestsScope(actor)] },
    _count: { _all: true },
  });
  const counts = Object.fromEntries(TICKET_STATES.map((s) => [s, 0])) as Record<
    TicketState,
    number
  >;
  for (const group of groups) counts[group.state] = group._count._all;
  return counts;
}

/** The agent queues of product.md, limited by visibility to the agent's groups (admins: all). */
export const QUEUES = {
  all: {},
  mine: null, // assigned to the agent; built per actor
  open: { state: "OPEN" },
  inProgress: { state: "IN_PROGRESS" },
  paused: { state: "AWAITING_SUPPORT" },
  awaitingUser: { state: "AWAITING_USER" },
  finished: { state: { in: ["CLOSED", "CANCELLED"] } },
} as const satisfies Record<string, Prisma.TicketWhereInput | null>;

export type QueueName = keyof typeof QUEUES;

export const queueFilters = listInput.extend({
  groupId: z.string().min(1).optional(),
  assigneeId: z.string().min(1).optional(),
  organizationId: z.string().min(1).optional(),
  itemId: z.string().min(1).optional(),
  sort: listInput.shape.sort.unwrap().default("updatedAt"),
});

export type QueueFilters = z.input<typeof queueFilters>;

export function queueScope(actor: Actor, queue: QueueName): Prisma.TicketWhereInput {
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

export type TicketDetail = Awaited<ReturnType<typeof loadDetail>> & {
  answers: Answer[];
  actions: TicketAction[];
  canSeeInternal: boolean;
};

function loadDetail(ticketId: string, includeInternal: boolean) {
  const visibility = includeInternal ? {} : { visibility: "PUBLIC" as const };
  return db.ticket.findUnique({
    where: { id: ticketId },
    include: {
      item: {
        select: { id: true, title: true, subtitle: true, category: { select: { name: true } } },
      },
      organization: { select: { id: true, name: true } },
      // Names only: support reads the customer's contact in its own panel (support-panel.ts).
      requester: { select: { id: true, name: true } },
      requestedFor: { select: { id: true, name: true } },
      group: { select: { id: true, name: true } },
      assignee: { select: { id: true, name: true } },
      followers: {
        select: { user: { select: { id: true, name: true } } },
        orderBy: { createdAt: "asc" },
      },
      events: {
        where: visibility,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        include: { actor: { select: { id: true, name: true } } },
      },
      attachments: { where: visibility, orderBy: { createdAt: "desc" } },
    },
  });
}

/**
 * A ticket's page: details, timeline (newest first; internal notes only for agents of its group
 * and admins) and the actions this user may take. "Not found" for users who may not see it.
 */
export function getTicketDetail(
  actor: Actor,
  ticketId: string,
): Promise<ServiceResult<TicketDetail>> {
  return detailWhere(actor, { id: ticketId });
}

/** The same, by the ticket's number as written in links and e-mails ("CS0000123"). */
export function getTicketDetailByNumber(
  actor: Actor,
  number: string,
): Promise<ServiceResult<TicketDetail>> {
  const canonical = parseTicketNumber(number);
  return canonical ? detailWhere(actor, { number: canonical }) : Promise.resolve(notFound());
}

/** Who may see the ticket is read first (one small row), the page's data only for them. */
async function detailWhere(
  actor: Actor,
  where: Prisma.TicketWhereUniqueInput,
): Promise<ServiceResult<TicketDetail>> {
  const parties = await db.ticket.findUnique({
    where,
    select: { id: true, number: true, ...partiesSelect },
  });
  if (!parties) return notFound();
  const relations = relationsToRow(actor, parties);
  if (relations.size === 0) {
    // Someone else's ticket: the same answer as a number that does not exist, and a log line.
    await logRefusal(actor, parties.number);
    return notFound();
  }

  const canSeeInternal = relations.has("groupAgent") || relations.has("admin");
  const ticket = await loadDetail(parties.id, canSeeInternal);
  if (!ticket) return notFound();
  return ok({
    ...ticket,
    answers: ticket.answers as Answer[],
    actions: availableActions(ticket.state, relations),
    canSeeInternal,
  });
}
