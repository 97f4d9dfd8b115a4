import "server-only";
import type { Prisma, Tx } from "@/lib/db";
import { moveSla } from "@/lib/sla/clock";
import { loadSlaPolicy } from "@/lib/sla/policy";
import type { LoadedTicket } from "./change";
import { decide, type Relation } from "./state-machine";

const SYSTEM: ReadonlySet<Relation> = new Set(["system"]);

/**
 * "Aguardando informações do usuário" ends by itself: the customer side's next public message
 * is the answer support asked for, and the ticket goes back to support ("infoReceived", fired by
 * the system inside the message's transaction). The message's own notification tells the
 * assignee, or the group while nobody has the ticket (notifications.ts), so this change sends
 * nothing more. Returns the ticket's new columns, or null when the message answers no request.
 */
export async function infoReceived(
  tx: Tx,
  ticket: LoadedTicket,
  now: Date,
): Promise<Prisma.TicketUncheckedUpdateManyInput | null> {
  if (ticket.state !== "AWAITING_INFO") return null;
  const decision = decide("infoReceived", ticket.state, SYSTEM);
  if (!decision.allowed || !decision.to) return null;
  return {
    state: decision.to,
    infoRequestedAt: null,
    infoReminderSentAt: null,
    // The resolution clock stopped while the requester owed the answer; it runs again now.
    ...moveSla(ticket, decision.to, now, await loadSlaPolicy(tx)),
  };
}

/** The timeline's record of that change, by the system, right after the message. */
export async function recordInfoReceived(tx: Tx, ticket: LoadedTicket, now: Date): Promise<void> {
  await tx.ticketEvent.create({
    data: {
      ticketId: ticket.id,
      type: "STATE_CHANGED",
      fromState: ticket.state,
      toState: "IN_PROGRESS",
      data: { action: "infoReceived" },
      createdAt: now,
    },
    select: { id: true },
  });
}
