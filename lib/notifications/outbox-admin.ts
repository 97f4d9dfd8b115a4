import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { OutboxState, Prisma } from "@/lib/db";

/** What the admin page lists and shows of the outbox. */

export const PAGE_SIZE = 50;

export const outboxFilter = z.object({
  state: z.enum(["PENDING", "SENT", "FAILED"]).optional().catch(undefined),
  /** A recipient address (or part of it), or a ticket number. */
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type OutboxFilter = z.output<typeof outboxFilter>;

function whereOf(filter: OutboxFilter): Prisma.OutboxMessageWhereInput {
  const q = filter.q?.toLowerCase();
  return {
    ...(filter.state ? { state: filter.state } : {}),
    ...(q
      ? /^cs\d{7}$/.test(q)
        ? { ticket: { number: q.toUpperCase() } }
        : { toAddress: { contains: q } }
      : {}),
  };
}

export async function listOutbox(filter: OutboxFilter) {
  const where = whereOf(filter);
  const [rows, total, counts] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        toAddress: true,
        toName: true,
        subject: true,
        state: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
        nextAttemptAt: true,
      },
    }),
    db.outboxMessage.count({ where }),
    db.outboxMessage.groupBy({ by: ["state"], _count: { _all: true } }),
  ]);
  const byState = Object.fromEntries(counts.map((c) => [c.state, c._count._all])) as Partial<
    Record<OutboxState, number>
  >;
  return { rows, total, byState, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export function getOutboxMessage(id: string) {
  return db.outboxMessage.findUnique({
    where: { id },
    include: { ticket: { select: { number: true } } },
  });
}
