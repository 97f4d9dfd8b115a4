import type { OutboxState } from "@/lib/db/generated/enums";

export const OUTBOX_STATE_LABELS: Record<OutboxState, string> = {
  PENDING: "Na fila",
  SENT: "Enviado",
  FAILED: "Com falha",
  DROPPED: "Descartado",
};
