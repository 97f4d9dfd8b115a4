import type { QueueName } from "./queues";

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
