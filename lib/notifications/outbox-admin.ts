import "server-only";
import { z } from "zod";
import { readAsAdmin, requireAdmin } from "@/lib/admin/admin-only";
import { audit } from "@/lib/admin/audit";
import { db } from "@/lib/db";
import { idsContaining } from "@/lib/db/sql";
import type { OutboxState, Prisma } from "@/lib/db";
import { searchField, type ParsedAddress } from "@/lib/lists/address";
import { ok, type ServiceResult } from "@/lib/result";
import { singleLine } from "@/lib/validation";
import type { Actor } from "@/lib/tickets/actor";
import { mailServerOutage } from "./mail-server";
import { RETRY_WINDOW_MS } from "./outbox";

/** What the admin page lists and shows of the outbox. */

export const PAGE_SIZE = 50;

export type { OutboxState };

/** The states in the page's filter, in its order. */
export const OUTBOX_STATES = [
  "PENDING",
  "SENT",
  "FAILED",
  "DROPPED",
] as const satisfies readonly OutboxState[];

/**
 * The page's address (`/admin/emails?estado=FAILED&busca=&pagina=2`); `busca` is a recipient's
 * address (or part of it) or a ticket number.
 */
export const outboxListFields = { estado: z.enum(OUTBOX_STATES), busca: searchField };

export type OutboxFilter = ParsedAddress<z.output<z.ZodObject<typeof outboxListFields>>>["params"];

async function whereOf(filter: OutboxFilter): Promise<Prisma.OutboxMessageWhereInput> {
  const q = filter.busca?.toLowerCase();
  return {
    ...(filter.estado ? { state: filter.estado } : {}),
    ...(q
      ? /^cs\d{7}$/.test(q)
        ? { ticket: { number: q.toUpperCase() } }
        : {
            id: {
              in: await idsContaining(db, {
                table: "OutboxMessage",
                columns: ["toAddress"],
                text: q,
              }),
            },
          }
      : {}),
  };
}

/** The outbox list for an admin (the read checks the role itself). */
export function listOutbox(actor: Actor, filter: OutboxFilter) {
  return readAsAdmin(actor, "email.list", () => outboxPage(filter));
}

async function outboxPage(filter: OutboxFilter) {
  const where = await whereOf(filter);
  const [rows, total, counts, outage, preparing] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.pagina - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        toAddress: true,
        toName: true,
        subject: true,
        state: true,
        attempts: true,
        lastError: true,
        dropReason: true,
        createdAt: true,
        sentAt: true,
        nextAttemptAt: true,
      },
    }),
    db.outboxMessage.count({ where }),
    db.outboxMessage.groupBy({ by: ["state"], _count: { _all: true } }),
    mailServerOutage(),
    // The backlog before the outbox: a mass closing's notifications wait here to become e-mails.
    db.notification.count({ where: { processedAt: null } }),
  ]);
  const byState = Object.fromEntries(counts.map((c) => [c.state, c._count._all])) as Partial<
    Record<OutboxState, number>
  >;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return { rows, total, byState, outage, preparing, pages };
}

/**
 * One row for the admin page. A sensitive row's text and HTML (sealed, or erased once sent) never
 * leave this function: only the mail worker opens them.
 */
export function getOutboxMessage(actor: Actor, id: string) {
  return readAsAdmin(actor, "email.read", async () => {
    const message = await db.outboxMessage.findUnique({
      where: { id },
      include: { ticket: { select: { number: true } } },
    });
    return message?.sensitive ? { ...message, text: "", html: "" } : message;
  });
}

/** Row ids are cuids: short, one line; anything else is refused before reaching the service. */
const rowId = singleLine(64).pipe(z.string().min(1));

/** "Reenviar"'s input: the chosen rows, or all failed ones. */
export const retryEmailsInput = z.union([
  z.strictObject({ ids: z.array(rowId).min(1).max(500) }),
  z.strictObject({ all: z.literal(true) }),
]);

/**
 * "Reenviar": puts failed rows back in the queue, the given ones or all, with a fresh retry
 * window and back-off, and records who did it in the audit log. Rows sent or still pending, and
 * erased sign-in links, are left alone.
 */
export async function retryFailedEmails(
  actor: Actor,
  which: readonly string[] | "all",
  now: Date,
): Promise<ServiceResult<{ count: number }>> {
  requireAdmin(actor, "email.retry");
  return db.$transaction(async (tx) => {
    const where: Prisma.OutboxMessageWhereInput = {
      ...(which === "all" ? {} : { id: { in: [...which] } }),
      state: "FAILED",
      sensitive: false,
    };
    const { count } = await tx.outboxMessage.updateMany({
      where,
      data: {
        state: "PENDING",
        attempts: 0,
        nextAttemptAt: now,
        retryUntil: new Date(now.getTime() + RETRY_WINDOW_MS),
      },
    });
    if (count === 0) return ok({ count });
    await audit(
      tx,
      actor.id,
      {
        action: "email.retry",
        entityType: "email",
        entityId: which === "all" ? "todos" : which.length === 1 ? which[0]! : "vários",
        // "all" may be thousands of rows: the count says enough; a chosen few are listed.
        after: { reenviados: count, ...(which === "all" ? {} : { ids: which }) },
      },
      now,
    );
    return ok({ count });
  });
}
