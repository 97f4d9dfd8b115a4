"use client";

import { useState } from "react";
import { FEEDBACK_LIMIT } from "@/lib/knowledge/reader-texts";
import { feedbackAction } from "@/lib/knowledge/reader-actions";
import { useRequestKey } from "@/components/tickets/use-request-key";
import { useTicketAction } from "@/components/tickets/use-ticket-action";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { TextAreaField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

/** After a "Não": the optional "O que faltou neste artigo?", sent to the article's authors. */
export function FeedbackForm({ articleId, sent }: { articleId: string; sent: boolean }) {
  const [missing, setMissing] = useState("");
  const { run, pending, error } = useTicketAction();
  const { requestKey, renewKey } = useRequestKey();
  if (sent)
    return <FormStatus>Obrigado! Sua resposta foi enviada aos autores do artigo.</FormStatus>;
  const fieldError = error?.fields.missing;

  return (
    <form
      aria-label="O que faltou neste artigo?"
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => feedbackAction({ requestKey, articleId, missing }), renewKey);
      }}
    >
      <TextAreaField
        id="faltou"
        label="O que faltou neste artigo? (opcional)"
        rows={3}
        maxLength={FEEDBACK_LIMIT}
        value={missing}
        onChange={(event) => setMissing(event.target.value)}
        error={fieldError}
      />
      {error && !fieldError ? <FormAlert>{error.message}</FormAlert> : null}
      <SubmitButton pending={pending}>Enviar</SubmitButton>
    </form>
  );
}
