import "server-only";
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import { LIST_SORTS } from "./list-sorts";
import { mergedPage, type Partition } from "./merged-page";
import { formatTicketNumber } from "./numbering";
import { TICKET_STATES } from "./states";
import { turnWhere } from "./turns";

/**
 * What every ticket list shares (the requester lists and the agent queues): the filters, sort and
 * page a list is asked for, the columns all of them show, and one page of tickets.
 */

/** Filters, sort and page of a ticket list ("Número", "Estado", "Pesquisar", "Linhas 1 - 4 de 4"). */
export const listInput = z.object({
  number: z.string().trim().max(20).optional(),
  state: z.enum(TICKET_STATES).optional(),
  /** Whose turn it is ("Respondida" / "Aguardando resposta"): open tickets only. */
  turn: z.enum(["SUPPORT", "CUSTOMER"]).optional(),
  sort: z.enum(LIST_SORTS).default("createdAt"),
  direction: z.enum(["asc", "desc"]).default("desc"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export type ListInput = z.input<typeof listInput>;

/** The columns of "Minhas Solicitações" and "Meus Acompanhamentos" (the queues add theirs). */
export const requestColumns = {
  id: true,
  number: true,
  state: true,
  createdAt: true,
  updatedAt: true,
  resolvedAt: true,
  closedAt: true,
  lastReplyFrom: true,
  item: { select: { title: true } },
} satisfies Prisma.TicketSelect;

export type RequestRow = Prisma.TicketGetPayload<{ select: typeof requestColumns }>;
export type TicketPage<Row> = { rows: Row[]; total: number; page: number; pageSize: number };

/** "CS0000123", "cs123" and "123" all mean ticket CS0000123; anything else matches nothing. */
export function parseTicketNumber(text: string): string | null {
  const digits = /^(cs)?\s*0*(\d{1,7})$/i.exec(text.trim())?.[2];
  return digits ? formatTicketNumber(Number(digits)) : null;
}

/**
 * One page of the tickets matching `visible` and `scope`, with the list's filters and sort.
 * `countTotal`, when the caller knows the total more cheaply than a count (a queue's counter);
 * `partitions`, the groups and states the list spans, read one by one when sorted by last change
 * (merged-page.ts).
 */
export async function listTickets<S extends Prisma.TicketSelect & { id: true }>(
  visible: Prisma.TicketWhereInput,
  scope: Prisma.TicketWhereInput,
  rawInput: ListInput,
  select: S,
  options: { countTotal?: () => Promise<number>; partitions?: readonly Partition[] } = {},
): Promise<TicketPage<Prisma.TicketGetPayload<{ select: S }>>> {
  const input = listInput.parse(rawInput);
  const filters: Prisma.TicketWhereInput[] = [visible, scope];
  if (input.state) filters.push({ state: input.state });
  if (input.turn) filters.push(turnWhere(input.turn));
  if (input.number) filters.push({ number: parseTicketNumber(input.number) ?? "" });
  const where: Prisma.TicketWhereInput = { AND: filters };

  const order = input.direction;
  const orderBy: Prisma.TicketOrderByWithRelationInput[] = [
    input.sort === "item" ? { item: { title: order } } : { [input.sort]: order },
    { number: order },
  ];
  const skip = (input.page - 1) * input.pageSize;
  const { countTotal, partitions = [] } = options;
  const [rows, total] = await Promise.all([
    partitions.length > 1 && input.sort === "updatedAt"
      ? mergedPage({
          where,
          partitions,
          order: "updatedAt",
          direction: order,
          skip,
          take: input.pageSize,
          select,
        })
      : db.ticket.findMany({ where, orderBy, select, skip, take: input.pageSize }),
    countTotal ? countTotal() : db.ticket.count({ where }),
  ]);
  return { rows, total, page: input.page, pageSize: input.pageSize };
}
