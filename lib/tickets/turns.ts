import type { Prisma } from "@/lib/db/generated/client";
import type { ReplySide, TicketState } from "@/lib/db/generated/enums";
import { ACTIVE_STATES } from "./states";

/**
 * Whose turn it is on an open ticket, from who wrote its last public message (Ticket.lastReplyFrom,
 * kept by every public message's transaction): support ("Respondida": the requester's turn) or
 * the customer side ("Aguardando resposta"). A ticket nobody answered yet waits for support: its
 * description is the customer's first message. Closed tickets have no turn.
 */
export const TURN_LABELS: Record<ReplySide, string> = {
  SUPPORT: "Respondida",
  CUSTOMER: "Aguardando resposta",
};

/** The address names of the filter (`?vez=`), and the side each one means. */
export const TURN_SLUGS = {
  respondida: "SUPPORT",
  aguardando: "CUSTOMER",
} as const satisfies Record<string, ReplySide>;
export type TurnSlug = keyof typeof TURN_SLUGS;

export const slugOfTurn = (side: ReplySide): TurnSlug =>
  side === "SUPPORT" ? "respondida" : "aguardando";

export function turnOf(ticket: { state: TicketState; lastReplyFrom: ReplySide | null }) {
  if (!ACTIVE_STATES.includes(ticket.state)) return null;
  return ticket.lastReplyFrom ?? "CUSTOMER";
}

/** The label of a list's "Resposta" column: "—" for a closed ticket. */
export const turnLabel = (ticket: Parameters<typeof turnOf>[0]) => {
  const turn = turnOf(ticket);
  return turn ? TURN_LABELS[turn] : "—";
};

/** The open tickets whose turn it is: the list filter. */
export function turnWhere(side: ReplySide): Prisma.TicketWhereInput {
  const open = { state: { in: [...ACTIVE_STATES] } };
  if (side === "SUPPORT") return { ...open, lastReplyFrom: "SUPPORT" };
  return { ...open, OR: [{ lastReplyFrom: "CUSTOMER" }, { lastReplyFrom: null }] };
}
