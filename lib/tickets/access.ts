import "server-only";
import { isSupport } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { recordSecurityEvent } from "@/lib/security/events";
import type { Actor } from "./actor";
import { partiesSelect, relationsToRow, worksOn } from "./relations";

/**
 * The permission checks of the ticket reads. Pages check roles too, but a read that returns
 * people, panels or tickets checks again here, so a page that forgets cannot leak.
 */

/** Writes a refused permission check to the security log; `subject` is a ticket number or an action. */
export function logRefusal(actor: Pick<Actor, "id">, subject: string): Promise<void> {
  return recordSecurityEvent({ kind: "permission.refused", actorId: actor.id, subject });
}

/**
 * The ticket when `actor` works it (an agent of its group, or an admin), else null with the
 * refusal logged: support's panels and tools on a ticket are for support only.
 */
export async function ticketForSupport(actor: Actor, ticketId: string) {
  const ticket = await db.ticket.findUnique({
    where: { id: ticketId },
    select: { id: true, number: true, ...partiesSelect },
  });
  if (ticket && worksOn(relationsToRow(actor, ticket))) return ticket;
  await logRefusal(actor, ticket?.number ?? "ticket.support");
  return null;
}

/** For support-only reads asked by someone else: logs it, and says whether to answer empty. */
export async function refusedSupportRead(actor: Actor, read: string): Promise<boolean> {
  if (isSupport(actor)) return false;
  await logRefusal(actor, read);
  return true;
}
