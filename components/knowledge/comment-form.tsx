"use client";

import { useState } from "react";
import { COMMENT_LIMIT } from "@/lib/knowledge/reader-texts";
import { articleCommentAction } from "@/lib/knowledge/reader-actions";
import { useRequestKey } from "@/components/tickets/use-request-key";
import { useTicketAction } from "@/components/tickets/use-ticket-action";
import { FormAlert } from "@/components/ui/form-feedback";
import { TextAreaField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

/** "Comentar": a plain-text comment; the request key makes a double click one comment. */
export function CommentForm({ articleId }: { articleId: string }) {
  const [body, setBody] = useState("");
  const { run, pending, error } = useTicketAction();
  const { requestKey, renewKey } = useRequestKey();
  const fieldError = error?.fields.body;

  return (
    <form
      aria-label="Novo comentário"
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        run(
          () => articleCommentAction({ requestKey, articleId, body }),
          () => {
            renewKey();
            setBody("");
          },
        );
      }}
    >
      <TextAreaField
        id="comentario"
        label="Seu comentário"
        rows={3}
        maxLength={COMMENT_LIMIT}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={fieldError}
      />
      {error && !fieldError ? <FormAlert>{error.message}</FormAlert> : null}
      <SubmitButton pending={pending}>Comentar</SubmitButton>
    </form>
  );
}
