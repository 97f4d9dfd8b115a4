import type { TicketState } from "@/lib/db/generated/enums";
import type { StateAction, TextAction, TicketAction } from "./state-machine";

export type { TicketState };

/**
 * The ticket's states, and the portal's one dictionary of the Portuguese words for its states and
 * actions: the messages, buttons and dialogs are all written from it, and what each action
 * requires comes from the transition table (state-machine.ts), never from here.
 */

export const TICKET_STATES = [
  "OPEN",
  "IN_PROGRESS",
  "AWAITING_SUPPORT",
  "AWAITING_USER",
  "AWAITING_INFO",
  "CLOSED",
  "CANCELLED",
] as const satisfies readonly TicketState[];

/** The labels of product.md "States". */
export const STATE_LABELS: Record<TicketState, string> = {
  OPEN: "Aberta",
  IN_PROGRESS: "Em andamento",
  AWAITING_SUPPORT: "Aguardando suporte ao atendimento",
  AWAITING_USER: "Aguardando posição do usuário final",
  AWAITING_INFO: "Aguardando informações do usuário",
  CLOSED: "Fechada",
  CANCELLED: "Cancelada",
};

export const FINAL_STATES: readonly TicketState[] = ["CLOSED", "CANCELLED"];
export const ACTIVE_STATES: readonly TicketState[] = TICKET_STATES.filter(
  (s) => !FINAL_STATES.includes(s),
);

/** Each action inside a sentence: "Você não tem permissão para {…} nesta solicitação." */
export const ACTION_PHRASES: Record<TicketAction, string> = {
  start: "iniciar o atendimento",
  waitForSupport: "aguardar suporte",
  resume: "retomar o atendimento",
  askForInfo: "solicitar informações",
  infoReceived: "retomar com a resposta do usuário",
  resolve: "resolver",
  accept: "aceitar a solução",
  reject: "rejeitar a solução",
  cancel: "cancelar",
  autoClose: "fechar automaticamente",
  infoClose: "fechar sem retorno do usuário",
  comment: "comentar",
  internalNote: "escrever nota interna",
  addFollower: "adicionar acompanhante",
  removeFollower: "remover acompanhante",
  assign: "atribuir",
  transfer: "transferir",
};

/** The buttons of the ticket page's "Ações"; an action that asks for a text titles its dialog with it. */
export const ACTION_BUTTONS: Record<StateAction, string> = {
  start: "Iniciar",
  waitForSupport: "Aguardar suporte",
  resume: "Retomar",
  askForInfo: "Solicitar informações",
  resolve: "Resolver",
  accept: "Aceitar Solução",
  reject: "Rejeitar Solução",
  cancel: "Cancelar Solicitação",
};

/** What the person is told when the text an action requires is missing. */
export const MISSING_TEXTS: Record<TextAction, string> = {
  askForInfo: "Escreva o que o usuário deve informar.",
  resolve: "Descreva a solução.",
  reject: "Informe o motivo da rejeição.",
  cancel: "Informe o motivo do cancelamento.",
  comment: "Digite sua mensagem.",
  internalNote: "Digite sua mensagem.",
  transfer: "Informe o motivo da transferência.",
};

/** The dialog of a state action that asks for a text: the text's label and the confirm button. */
export const TEXT_DIALOGS: Record<
  Extract<StateAction, TextAction>,
  { label: string; confirm: string }
> = {
  askForInfo: { label: "Informações solicitadas", confirm: "Enviar ao usuário" },
  resolve: { label: "Solução", confirm: "Confirmar solução" },
  reject: { label: "Motivo da Rejeição", confirm: "Confirmar rejeição" },
  cancel: { label: "Motivo do Cancelamento", confirm: "Confirmar cancelamento" },
};
