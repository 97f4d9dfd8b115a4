import type { TicketState } from "@/lib/db/generated/enums";

export type { TicketState };

export const TICKET_STATES = [
  "OPEN",
  "IN_PROGRESS",
  "AWAITING_SUPPORT",
  "AWAITING_USER",
  "CLOSED",
  "CANCELLED",
] as const satisfies readonly TicketState[];

/** The labels of product.md "States". */
export const STATE_LABELS: Record<TicketState, string> = {
  OPEN: "Aberta",
  IN_PROGRESS: "Em andamento",
  AWAITING_SUPPORT: "Aguardando suporte ao atendimento",
  AWAITING_USER: "Aguardando posição do usuário final",
  CLOSED: "Fechada",
  CANCELLED: "Cancelada",
};

export const FINAL_STATES: readonly TicketState[] = ["CLOSED", "CANCELLED"];
export const ACTIVE_STATES: readonly TicketState[] = TICKET_STATES.filter(
  (s) => !FINAL_STATES.includes(s),
);
