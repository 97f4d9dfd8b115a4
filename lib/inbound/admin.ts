import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { readAsAdmin, requireAdmin } from "@/lib/admin/admin-only";
import { audit } from "@/lib/admin/audit";
import { db, type Prisma } from "@/lib/db";
import { idsContaining } from "@/lib/db/sql";
import { systemClock, type Clock } from "@/lib/clock";
import { searchField, type ParsedAddress } from "@/lib/lists/address";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { reclaim } from "./claim";
import { INBOUND_STATES, REPROCESSABLE, type InboundState } from "./labels";
import { parseMail } from "./parse";
import { runClaimed } from "./reader";

/** "E-mails recebidos": the list, one mail, and "Processar novamente". */

const PAGE_SIZE = 50;

/** `/admin/emails-recebidos?estado=REFUSED&busca=maria@&pagina=2`: a sender or a ticket number. */
export const inboundListFields = { estado: z.enum(INBOUND_STATES), busca: searchField };
export type InboundFilter = ParsedAddress<
  z.output<z.ZodObject<typeof inboundListFields>>
>["params"];

async function whereOf(filter: InboundFilter): Promise<Prisma.InboundEmailWhereInput> {
  const q = filter.busca?.toLowerCase();
  const search = !q
    ? {}
    : /^cs\d{7}$/.test(q)
      ? { ticket: { number: q.toUpperCase() } }
      : {
          id: {
            in: await idsContaining(db, {
              table: "InboundEmail",
              columns: ["fromAddress", "subject"],
              text: q,
            }),
          },
        };
  return { ...(filter.estado ? { state: filter.estado } : {}), ...search };
}

export function listInbound(actor: Actor, filter: InboundFilter) {
  return readAsAdmin(actor, "inbound.list", async () => {
    const where = await whereOf(filter);
    const [rows, total, counts] = await Promise.all([
      db.inboundEmail.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (filter.pagina - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        select: {
          id: true,
          fromAddress: true,
          fromName: true,
          subject: true,
          state: true,
          reason: true,
          createdAt: true,
          ticket: { select: { number: true } },
        },
      }),
      db.inboundEmail.count({ where }),
      db.inboundEmail.groupBy({ by: ["state"], _count: { _all: true } }),
    ]);
    const byState = Object.fromEntries(counts.map((c) => [c.state, c._count._all]));
    return { rows, total, byState, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
  });
}

/** One mail with its text and file names, read again from the message as it was received. */
export function getInbound(actor: Actor, id: string) {
  return readAsAdmin(actor, "inbound.read", async () => {
    const row = await db.inboundEmail.findUnique({
      where: { id },
      include: { ticket: { select: { number: true } } },
    });
    if (!row) return null;
    const { raw, ...rest } = row;
    const mail = raw ? await parseMail(raw) : null;
    return {
      ...rest,
      text: mail?.text ?? null,
      files: mail?.attachments.map((a) => ({ name: a.name, size: a.bytes.length })) ?? [],
      reprocessable: reprocessable({ ...row, raw }, new Date()),
    };
  });
}

/**
 * What did not become a message or a ticket, or what a reader left half-done (its lease over,
 * the message maybe gone from the inbox): never what may have written on a ticket already.
 */
function reprocessable(
  row: { raw: unknown; state: InboundState; leaseUntil: Date | null },
  now: Date,
): boolean {
  if (row.raw === null) return false;
  if (row.state === "PROCESSING") return !!row.leaseUntil && row.leaseUntil < now;
  return REPROCESSABLE.includes(row.state);
}

export const reprocessInput = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/**
 * "Processar novamente": after a fix (the sender's account created, an address bound), the mail
 * is processed again from the message as received, exactly as the reader would, and the admin
 * is recorded in the audit log. Mail that became a message or a ticket is never run twice.
 */
export async function reprocessInbound(
  actor: Actor,
  id: string,
  clock: Clock = systemClock,
): Promise<ServiceResult<{ state: string }>> {
  requireAdmin(actor, "inbound.reprocess");
  const now = clock();
  const before = await db.inboundEmail.findUnique({
    where: { id },
    select: { state: true, reason: true, raw: true, leaseUntil: true },
  });
  if (!before) return notFound("E-mail não encontrado.");
  if (!before.raw || !reprocessable(before, now))
    return invalid({}, "Este e-mail não pode ser processado novamente.");
  // A finished mail goes back to PROCESSING with an ended lease and a fresh count; a stuck one
  // keeps its count, so that the run looks for a message its dead reader may have written.
  const reset =
    before.state === "PROCESSING"
      ? 1
      : (
          await db.inboundEmail.updateMany({
            where: { id, state: before.state },
            data: { state: "PROCESSING", leaseUntil: new Date(0), attempts: 0, claimedAt: now },
          })
        ).count;
  const claim = reset === 1 ? await reclaim({ id }, crypto.randomUUID(), now) : null;
  if (claim?.kind !== "mine") return invalid({}, "Este e-mail já está sendo processado.");
  await runClaimed(claim.row, await parseMail(before.raw), false, {}, clock);
  const after = await db.inboundEmail.findUniqueOrThrow({
    where: { id },
    select: { state: true, reason: true, ticketId: true },
  });
  await db.$transaction((tx) =>
    audit(
      tx,
      actor.id,
      {
        action: "inbound.reprocess",
        entityType: "inbound_email",
        entityId: id,
        before: { state: before.state, reason: before.reason },
        after,
      },
      now,
    ),
  );
  return ok({ state: after.state });
}
