"use client";

import { useState, useTransition } from "react";
import { subscriptionAction } from "@/lib/reports/subscription-actions";

/** "Resumo semanal por e-mail": subscribe or cancel, and say so next to the button. */
export function SubscriptionToggle({ subscribed }: { subscribed: boolean }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const toggle = () =>
    startTransition(async () => {
      const result = await subscriptionAction({ subscribed: !subscribed });
      setMessage(
        result.ok
          ? {
              ok: true,
              text: result.value.subscribed
                ? "Pronto: você receberá o resumo toda segunda-feira de manhã."
                : "Pronto: você não receberá mais o resumo semanal.",
            }
          : { ok: false, text: result.message },
      );
    });
  return (
    <div className="flex flex-wrap items-center gap-3 print:hidden">
      <button
        type="button"
        onClick={toggle}
        disabled={pending}
        className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {subscribed
          ? "Cancelar o resumo semanal por e-mail"
          : "Receber o resumo semanal por e-mail"}
      </button>
      {message ? (
        <span
          role={message.ok ? "status" : "alert"}
          className={`text-sm ${message.ok ? "text-green-800" : "text-red-700"}`}
        >
          {message.text}
        </span>
      ) : null}
    </div>
  );
}
