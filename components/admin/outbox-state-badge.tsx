import type { OutboxState } from "@/lib/notifications/outbox-admin";
import { OUTBOX_STATE_LABELS } from "@/lib/notifications/outbox-labels";

const STYLE: Record<OutboxState, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
  DROPPED: "bg-slate-100 text-slate-700",
};

export function OutboxStateBadge({ state }: { state: OutboxState }) {
  return (
    <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STYLE[state]}`}>
      {OUTBOX_STATE_LABELS[state]}
    </span>
  );
}
