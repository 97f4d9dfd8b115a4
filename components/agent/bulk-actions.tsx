"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ServiceResult } from "@/lib/result";
import type { BulkReport } from "@/lib/tickets/bulk";
import { assignToMeAction, transferAction } from "@/lib/tickets/bulk-actions";

/** "1 ticket atualizado. CS0000007: …": what was done and each refusal with its reason. */
function reportText(report: BulkReport): string {
  const { done, refused } = report;
  return [
    `${done} ${done === 1 ? "ticket atualizado" : "tickets atualizados"}.`,
    ...refused.map((r) => `${r.number}: ${r.message}`),
  ].join(" ");
}

/**
 * "Ações em lote" above a queue: "Atribuir a mim" and "Transferir" (to a group, with a reason)
 * on the selected tickets. Each ticket is checked on its own; the answer lists those refused.
 */
export function BulkActions({
  selected,
  groups,
  onDone,
}: {
  selected: string[];
  /** Where tickets may be transferred: every active group. */
  groups: { id: string; name: string }[];
  /** After a run that changed something: the page clears its selection. */
  onDone: () => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [groupId, setGroupId] = useState("");
  const [reason, setReason] = useState("");

  const run = (action: () => Promise<ServiceResult<BulkReport>>) =>
    startTransition(async () => {
      setMessage(null);
      const result = await action();
      if (!result.ok) {
        const fields = result.error === "invalid" ? Object.values(result.fieldErrors) : [];
        setMessage({ ok: false, text: fields[0] ?? result.message });
        return;
      }
      setMessage({ ok: result.value.refused.length === 0, text: reportText(result.value) });
      setReason("");
      onDone();
      router.refresh();
    });

  return (
    <div
      role="group"
      aria-label="Ações em lote"
      className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
    >
      <span className="mr-2 self-center text-slate-700">{selected.length} selecionado(s)</span>
      <button
        type="button"
        disabled={pending || selected.length === 0}
        onClick={() => run(() => assignToMeAction({ ticketIds: selected }))}
        className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white disabled:opacity-50"
      >
        Atribuir a mim
      </button>
      <label className="flex flex-col gap-1">
        Grupo de destino
        <select
          value={groupId}
          onChange={(event) => setGroupId(event.target.value)}
          className="rounded-md border border-slate-300 px-2 py-1.5"
        >
          <option value="">Selecione</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-48 flex-1 flex-col gap-1">
        Motivo da transferência
        <input
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          className="rounded-md border border-slate-300 px-2 py-1.5"
        />
      </label>
      <button
        type="button"
        disabled={pending || selected.length === 0}
        onClick={() => run(() => transferAction({ ticketIds: selected, groupId, reason }))}
        className="rounded-md border border-brand-600 px-3 py-1.5 font-medium text-brand-700 disabled:opacity-50"
      >
        Transferir
      </button>
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={`w-full ${message.ok ? "text-green-800" : "text-red-800"}`}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
