import { ACTIVE_STATES, type TicketState } from "./states";

// The agent queues: what each one holds (QUEUES, which the counters and the lists share) and the
// menu that names them.

export type QueueScope = { states: readonly TicketState[] | null; mine?: true; rejected?: true };

/**
 * The agent queues of product.md, limited by visibility to the agent's groups (admins: all): each
 * is a set of states (null: every state), "mine" only the agent's own tickets, "rejected" only
 * tickets whose solution was rejected at least once. Nothing else, so that the counts come from the
 * (group, state, assignee, rejected) counters (queue-counts.ts).
 */
export const QUEUES = {
  all: { states: null },
  mine: { states: null, mine: true },
  open: { states: ["OPEN"] },
  inProgress: { states: ["IN_PROGRESS"] },
  paused: { states: ["AWAITING_SUPPORT"] },
  awaitingUser: { states: ["AWAITING_USER"] },
  awaitingInfo: { states: ["AWAITING_INFO"] },
  // "Reprovadas": still open, and a solution was rejected at least once.
  rejected: { states: ACTIVE_STATES, rejected: true },
  finished: { states: ["CLOSED", "CANCELLED"] },
} as const satisfies Record<string, QueueScope>;

export type QueueName = keyof typeof QUEUES;

/** The queue menu of product.md, in its order, with the address name of each queue. */
export const QUEUE_MENU: { name: QueueName; slug: string; label: string }[] = [
  { name: "all", slug: "todos", label: "Todos os Tickets" },
  { name: "mine", slug: "meus", label: "Meus Tickets" },
  { name: "open", slug: "ag-atendimento", label: "Ag. Atendimento" },
  { name: "inProgress", slug: "em-atendimento", label: "Em Atendimento" },
  { name: "paused", slug: "pausados", label: "Tickets Pausados" },
  { name: "awaitingUser", slug: "aguardando-usuario", label: "Aguardando usuário" },
  { name: "awaitingInfo", slug: "aguardando-informacoes", label: "Aguardando informações" },
  { name: "rejected", slug: "reprovadas", label: "Reprovadas" },
  { name: "finished", slug: "finalizados", label: "Tickets Finalizados" },
];

export function queueBySlug(slug: string | string[] | undefined) {
  return QUEUE_MENU.find((q) => q.slug === slug) ?? QUEUE_MENU[0]!;
}
