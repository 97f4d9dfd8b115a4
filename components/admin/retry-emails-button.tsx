"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { retryEmailsAction } from "@/lib/notifications/outbox-actions";

/** "Reenviar" for one failed e-mail, or for all of them; says what happened next to itself. */
export function RetryEmailsButton({ ids, label }: { ids?: string[]; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const retry = () =>
    startTransition(async () => {
      const result = await retryEmailsAction(ids ? { ids } : { all: true });
      if (!result.ok) {
        setMessage({ ok: false, text: result.message });
        return;
      }
      const { count } = result.value;
      setMessage({
        ok: true,
        text:
          count === 0
            ? "Nenhum e-mail com falha para reenviar."
            : `${count === 1 ? "1 e-mail voltou" : `${count} e-mails voltaram`} para a fila.`,
      });
      router.refresh();
    });

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={retry}
        disabled={pending}
        className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {label}
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
