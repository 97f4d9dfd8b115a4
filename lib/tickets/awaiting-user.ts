import "server-only";
import { isSupport } from "@/lib/auth/roles";
import type { Prisma, Tx } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import type { Actor } from "./actor";
import type { LoadedTicket } from "./change";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The promise of the reply cycle (product.md): a resolved ticket waits for its requester and
 * closes by itself when support's last public answer went unanswered for `autoCloseDays`.
 *
 * A requester who writes on a resolved ticket (a comment or files, without "Aceitar" or
 * "Rejeitar") keeps it AWAITING_USER: the transition table lets only "reject" (with a reason)
 * move it back to IN_PROGRESS, and a question ("does this also fix X?") is not a rejection.
 * What changes is the clock: `autoCloseDueAt` becomes null, meaning "the requester's message
 * waits for support", and nothing closes it. Support's next public answer sets it again, so the
 * days count from that answer. The sweep also checks the timeline itself (auto-close.ts).
 */
export async function autoCloseDueAt(tx: Tx, now: Date): Promise<Date> {
  const { autoCloseDays } = await getSettings(tx);
  return new Date(now.getTime() + autoCloseDays * DAY_MS);
}

/** How a public message on a ticket moves its auto-close date (nothing outside AWAITING_USER). */
export async function autoCloseAfterMessage(
  tx: Tx,
  message: { ticket: LoadedTicket; actor: Actor; supportAnswer: boolean; now: Date },
): Promise<Prisma.TicketUncheckedUpdateManyInput> {
  if (message.ticket.state !== "AWAITING_USER") return {};
  if (!isSupport(message.actor)) return { autoCloseDueAt: null };
  if (!message.supportAnswer) return {};
  // A new due date earns its own reminder (reply-reminders.ts).
  return { autoCloseDueAt: await autoCloseDueAt(tx, message.now), autoCloseReminderSentAt: null };
}
