import { INBOUND_STATE_LABELS, type InboundState } from "@/lib/inbound/labels";

const STYLE: Record<InboundState, string> = {
  PROCESSING: "bg-amber-100 text-amber-900",
  MESSAGE: "bg-green-100 text-green-900",
  TICKET: "bg-green-100 text-green-900",
  REFUSED: "bg-red-100 text-red-900",
  IGNORED: "bg-slate-100 text-slate-700",
  FAILED: "bg-red-100 text-red-900",
};

export function InboundStateBadge({ state }: { state: InboundState }) {
  return (
    <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STYLE[state]}`}>
      {INBOUND_STATE_LABELS[state]}
    </span>
  );
}
