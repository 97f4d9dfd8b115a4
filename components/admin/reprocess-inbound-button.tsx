"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { reprocessInboundAction } from "@/lib/inbound/admin-actions";
import { INBOUND_STATE_LABELS } from "@/lib/inbound/labels";

/** "Processar novamente": one received e-mail run again after a fix; says what it became. */
export function ReprocessInboundButton({ id }: { id: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const reprocess = () =>
    startTransition(async () => {
      const result = await reprocessInboundAction({ id });
      if (!result.ok) {
        setMessage({ ok: false, text: result.message });
        return;
      }
      const state = result.value.state as keyof typeof INBOUND_STATE_LABELS;
      setMessage({ ok: true, text: `Processado novamente: ${INBOUND_STATE_LABELS[state]}.` });
      router.refresh();
    });

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={reprocess}
        disabled={pending}
        className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        Processar novamente
      </button>
      {message ? (
        <span
          role={message.ok ? "status" : "alert"}
          className={`text-sm ${message.ok ? "text-green-800" : "text-red-700"}`}
        >
          {message.text}
        </span>
      ) : null}
    </span>
  );
}
