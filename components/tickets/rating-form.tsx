"use client";

import { useState } from "react";
import { rateAction } from "@/lib/tickets/rating-actions";
import { COMMENT_MAX, SCORES, scoreText } from "@/lib/tickets/rating-words";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { TextAreaField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useTicketAction } from "./use-ticket-action";

/**
 * "Avaliar Atendimento": a score from 1 to 5 and an optional comment. Nothing is recorded until
 * the button is pressed; the page a closing e-mail links to only preselects the score it chose.
 */
export function RatingForm({
  ticketId,
  score: initialScore,
  comment: initialComment = "",
  submitLabel,
}: {
  ticketId: string;
  score?: number;
  comment?: string;
  submitLabel: string;
}) {
  const [score, setScore] = useState<number | undefined>(initialScore);
  const [comment, setComment] = useState(initialComment);
  const [saved, setSaved] = useState(false);
  const { run, pending, error } = useTicketAction();
  const scoreError = error?.fields.score;
  const commentError = error?.fields.comment;

  return (
    <form
      aria-label="Avaliação do atendimento"
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        run(
          () => rateAction({ ticketId, score, comment: comment || undefined }),
          () => setSaved(true),
        );
      }}
    >
      <fieldset aria-describedby={scoreError ? "rating-score-error" : undefined}>
        <legend className="text-sm font-medium">Nota</legend>
        <div className="mt-1 space-y-1">
          {SCORES.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="score"
                value={value}
                checked={score === value}
                onChange={() => setScore(value)}
              />
              {scoreText(value)}
            </label>
          ))}
        </div>
        {scoreError ? (
          <p id="rating-score-error" className="mt-1 text-sm text-red-700">
            {scoreError}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id="rating-comment"
        label="Comentário (opcional)"
        rows={3}
        maxLength={COMMENT_MAX}
        value={comment}
        error={commentError}
        onChange={(event) => setComment(event.target.value)}
      />
      {error && !scoreError && !commentError ? <FormAlert>{error.message}</FormAlert> : null}
      {saved && !pending ? <FormStatus>Obrigado! Sua avaliação foi registrada.</FormStatus> : null}
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
