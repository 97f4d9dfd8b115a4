"use client";

import { useState } from "react";
import { HIDE_REASON_LIMIT } from "@/lib/knowledge/reader-texts";
import { hideCommentAction } from "@/lib/knowledge/reader-actions";
import { useTicketAction } from "@/components/tickets/use-ticket-action";
import { FormAlert } from "@/components/ui/form-feedback";
import { TextAreaField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

/** "Ocultar comentário" (support): folded until opened; the reason is required. */
export function HideCommentForm({ commentId }: { commentId: string }) {
  const [reason, setReason] = useState("");
  const { run, pending, error } = useTicketAction();
  const fieldError = error?.fields.reason;
  const id = `motivo-${commentId}`;

  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium text-slate-700">Ocultar comentário</summary>
      <form
        aria-label="Ocultar comentário"
        className="mt-2 space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          run(() => hideCommentAction({ commentId, reason }));
        }}
      >
        <TextAreaField
          id={id}
          label="Motivo"
          rows={2}
          required
          maxLength={HIDE_REASON_LIMIT}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={fieldError}
        />
        {error && !fieldError ? <FormAlert>{error.message}</FormAlert> : null}
        <SubmitButton pending={pending}>Ocultar</SubmitButton>
      </form>
    </details>
  );
}
