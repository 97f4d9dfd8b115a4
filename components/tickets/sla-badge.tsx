import { slaStatus } from "@/lib/sla/clock";
import { formatDateTime } from "@/lib/text/dates";

const STYLE = {
  ok: "bg-slate-100 text-slate-800",
  near: "bg-amber-100 text-amber-900",
  breached: "bg-red-100 text-red-900",
} as const;
const LABEL = { ok: "No prazo", near: "Vence em breve", breached: "Atrasado" } as const;

/** A due date with how it stands: "No prazo", "Vence em breve" or "Atrasado". */
export function SlaBadge({
  dueAt,
  targetMinutes,
  now,
}: {
  dueAt: Date | null;
  targetMinutes: number | null;
  now: Date;
}) {
  const status = slaStatus(dueAt, targetMinutes, now);
  if (!status || !dueAt) return <span className="text-slate-500">—</span>;
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLE[status]}`}>
      {LABEL[status]} · {formatDateTime(dueAt)}
    </span>
  );
}
