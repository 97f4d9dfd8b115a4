import "server-only";
import { db, type Prisma } from "@/lib/db";

/**
 * One page of a ticket list in the order of one instant, read partition by partition.
 *
 * A list over several groups or states (`groupId IN (…) ORDER BY updatedAt LIMIT 25`) is one
 * index range per group and state, and SQLite cannot walk several ranges in order: it sorts every
 * ticket of those groups instead, 2–4 s at a million tickets for an analyst of every group. Read
 * per partition, each range is a short walk of its index ([groupId, state, <order>] or
 * [groupId, updatedAt]): the first `skip + take` keys of each are merged here and the page's rows
 * read by id. A deep page costs more keys per partition, still far less than the sort.
 *
 * PostgreSQL too, though its planner would take one query: walking the [updatedAt, id] index
 * backwards and filtering the groups and states, it stopped after a few rows on evenly spread
 * data, and after 107,000 at a million tickets once a mass closing had made the newest changes
 * all closings (139 ms for the open queue). Per partition, the walk finds only its own rows.
 */
export type Partition = { groupId?: string; state?: Prisma.TicketWhereInput["state"] };

/**
 * The instants a page can be merged by. resolutionDueAt may be null, and the engines place nulls
 * apart (SQLite first, PostgreSQL last): ordered by it, `where` must leave nulls out.
 */
export type MergeOrder = "updatedAt" | "createdAt" | "resolutionDueAt";

/** A partition's keys. Every instant is read: the rows are looked up for id and number anyway. */
const KEY = {
  id: true,
  number: true,
  updatedAt: true,
  createdAt: true,
  resolutionDueAt: true,
} as const;
type Key = Prisma.TicketGetPayload<{ select: typeof KEY }>;

export async function mergedPage<S extends Prisma.TicketSelect & { id: true }>(input: {
  where: Prisma.TicketWhereInput;
  partitions: readonly Partition[];
  order: MergeOrder;
  direction: "asc" | "desc";
  skip: number;
  take: number;
  select: S;
}): Promise<Prisma.TicketGetPayload<{ select: S }>[]> {
  const { where, order, direction, skip, take } = input;
  const orderBy = [{ [order]: direction }, { number: direction }];
  const heads = await Promise.all(
    input.partitions.map((partition) =>
      db.ticket.findMany({
        where: { AND: [where, partition] },
        orderBy,
        take: skip + take,
        select: KEY,
      }),
    ),
  );
  const sign = direction === "asc" ? 1 : -1;
  const ids = heads
    .flat()
    .sort((a, b) => sign * compareKeys(a, b, order))
    .slice(skip, skip + take)
    .map((key) => key.id);
  const rows = await db.ticket.findMany({ where: { id: { in: ids } }, select: input.select });
  const byId = new Map(rows.map((row) => [(row as { id: string }).id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The database's order of (instant, number): numbers compare as text, as it compares them. */
function compareKeys(a: Key, b: Key, order: MergeOrder): number {
  const byTime = a[order]!.getTime() - b[order]!.getTime();
  if (byTime !== 0) return byTime;
  return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
}
