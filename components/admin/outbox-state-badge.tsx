import type { OutboxState } from "@/lib/notifications/outbox-admin";
import { OUTBOX_STATE_LABELS } from "@/lib/notifications/outbox-labels";
import { StatusIcon, type StatusIconName } from "@/components/ui/status-icon";

const STYLE: Record<OutboxState, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
  DROPPED: "bg-slate-100 text-slate-700",
};

const ICON: Record<OutboxState, StatusIconName> = {
  PENDING: "waiting",
  SENT: "done",
  FAILED: "warning",
  DROPPED: "stopped",
};

export function OutboxStateBadge({ state }: { state: OutboxState }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ${STYLE[state]}`}
    >
      <StatusIcon name={ICON[state]} />
      {OUTBOX_STATE_LABELS[state]}
    </span>
  );
}
