import { slaStatus } from "@/lib/sla/clock";
import type { PortalTime } from "@/lib/time/portal-time";
import { StatusIcon } from "@/components/ui/status-icon";

const STYLE = {
  ok: "bg-slate-100 text-slate-800",
  near: "bg-amber-100 text-amber-900",
  breached: "bg-red-100 text-red-900",
} as const;
const LABEL = { ok: "No prazo", near: "Vence em breve", breached: "Atrasado" } as const;
const ICON = { ok: "done", near: "waiting", breached: "warning" } as const;

/** A due date with how it stands: "No prazo", "Vence em breve" or "Atrasado". */
export function SlaBadge({
  dueAt,
  targetMinutes,
  time,
}: {
  dueAt: Date | null;
  targetMinutes: number | null;
  time: PortalTime;
}) {
  const status = slaStatus(dueAt, targetMinutes, time.now);
  if (!status || !dueAt) return <span className="text-slate-500">—</span>;
  return (
    <span
      className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ${STYLE[status]}`}
    >
      <StatusIcon name={ICON[status]} />
      {LABEL[status]} · {time.dateTime(dueAt)}
    </span>
  );
}
