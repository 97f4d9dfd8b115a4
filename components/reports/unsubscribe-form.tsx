"use client";

import { useState, useTransition } from "react";
import { unsubscribeLinkAction } from "@/lib/reports/subscription-actions";
import { SubmitButton } from "@/components/ui/submit-button";

/** The confirmation the e-mail's link opens: only this POST cancels (a GET changes nothing). */
export function UnsubscribeForm({ userId, signature }: { userId: string; signature: string }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  if (result?.ok) {
    return (
      <p role="status" className="text-green-800">
        {result.text}
      </p>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const answer = await unsubscribeLinkAction({ userId, signature });
          setResult(
            answer.ok
              ? { ok: true, text: "Pronto: você não receberá mais o resumo semanal." }
              : { ok: false, text: answer.message },
          );
        });
      }}
      className="space-y-3"
    >
      {result ? (
        <p role="alert" className="text-red-700">
          {result.text}
        </p>
      ) : null}
      <SubmitButton pending={pending}>Confirmar cancelamento</SubmitButton>
    </form>
  );
}
