import "server-only";
import { cache } from "react";
import { isSupport } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { recordPermissionRefusal } from "@/lib/security/events";
import type { Actor } from "./actor";
import { partiesSelect, relationsToRow, worksOn } from "./relations";

/**
 * The permission checks of the ticket reads. Pages check roles too, but a read that returns
 * people, panels or tickets checks again here, so a page that forgets cannot leak.
 */

/**
 * The ticket when `actor` works it (an agent of its group, or an admin), else null with the
 * refusal logged: support's panels and tools on a ticket are for support only. Checked once per
 * page (React's cache, for the same actor object and ticket): the support panel and each of its
 * reads (related tickets, time entries) ask, and each asked with two statements of its own.
 */
export const ticketForSupport = cache(async (actor: Actor, ticketId: string) => {
  const ticket = await db.ticket.findUnique({
    where: { id: ticketId },
    select: { id: true, number: true, ...partiesSelect },
  });
  if (ticket && worksOn(relationsToRow(actor, ticket))) return ticket;
  await recordPermissionRefusal(actor, ticket?.number ?? "ticket.support");
  return null;
});

/** For support-only reads asked by someone else: logs it, and says whether to answer empty. */
export async function refusedSupportRead(actor: Actor, read: string): Promise<boolean> {
  if (isSupport(actor)) return false;
  await recordPermissionRefusal(actor, read);
  return true;
}
