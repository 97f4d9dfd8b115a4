import "server-only";
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import type { TicketState } from "@/lib/db/generated/enums";
import { notFound, ok, type ServiceResult } from "@/lib/result";
import type { Answer } from "@/lib/catalog/fields";
import type { Actor } from "./actor";
import { LIST_SORTS } from "./list-params";
import { logRefusal } from "./access";
import { formatTicketNumber } from "./numbering";
import { partiesSelect, relationsToRow } from "./relations";
import { availableActions, type TicketAction } from "./state-machine";
import { TICKET_STATES } from "./states";
import { visibleTicketsWhere } from "./visibility";

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
export const requestColumns = {
  id: true,
  number: true,
  state: true,
  createdAt: true,
  updatedAt: true,
  resolvedAt: true,
  closedAt: true,
  item: { select: { title: true } },
} satisfies Prisma.TicketSelect;

export type RequestRow = Prisma.TicketGetPayload<{ select: typeof requestColumns }>;
export type TicketPage<Row> = { rows: Row[]; total: number; page: number; pageSize: number };

/** "CS0000123", "cs123" and "123" all mean ticket CS0000123; anything else matches nothing. */
export function parseTicketNumber(text: string): string | null {
  const digits = /^(cs)?\s*0*(\d{1,7})$/i.exec(text.trim())?.[2];
  return digits ? formatTicketNumber(Number(digits)) : null;
}

/** One page of the tickets matching `visible` and `scope`, with the list's filters and sort. */
export async function listTickets<S extends Prisma.TicketSelect>(
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
