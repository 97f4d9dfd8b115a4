import type { InboundState } from "@/lib/db/generated/enums";

export type { InboundState };

/** "E-mails recebidos": what became of each mail, in the page's words. Free of server imports. */
export const INBOUND_STATE_LABELS: Record<InboundState, string> = {
  PROCESSING: "Em processamento",
  MESSAGE: "Mensagem registrada",
  TICKET: "Solicitação aberta",
  REFUSED: "Recusado",
  IGNORED: "Ignorado (automático)",
  FAILED: "Falhou",
};

export const INBOUND_STATES = [
  "MESSAGE",
  "TICKET",
  "REFUSED",
  "IGNORED",
  "FAILED",
  "PROCESSING",
] as const satisfies readonly InboundState[];

/** What the admin may re-process: what did not become a message or a ticket. */
export const REPROCESSABLE: readonly InboundState[] = ["REFUSED", "IGNORED", "FAILED"];
