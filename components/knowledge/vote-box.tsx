"use client";

import Link from "next/link";
import type { VoteSummary } from "@/lib/knowledge/votes";
import { voteAction } from "@/lib/knowledge/reader-actions";
import { useTicketAction } from "@/components/tickets/use-ticket-action";
import { FormAlert } from "@/components/ui/form-feedback";
import { FeedbackForm } from "./feedback-form";

const choice =
  "rounded-md border px-4 py-1.5 font-medium aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white";

/**
 * "Esse artigo foi útil?": "Sim" / "Não" for a signed-in reader (their vote shown pressed, and
 * changeable), then "O que faltou neste artigo?" after a "Não". Signed out: a link to sign in.
 */
export function VoteBox({
  articleId,
  votes,
  loginHref,
}: {
  articleId: string;
  votes: VoteSummary;
  /** Set when signed out. */
  loginHref?: string;
}) {
  const { run, pending, error } = useTicketAction();
  const vote = (helpful: boolean) => run(() => voteAction({ articleId, helpful }));

  return (
    <section
      aria-labelledby="artigo-util"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="artigo-util" className="font-semibold">
        Esse artigo foi útil?
      </h2>
      {loginHref ? (
        <p className="text-sm">
          <Link href={loginHref} className="font-medium text-brand-700 underline">
            Entre para avaliar este artigo
          </Link>
        </p>
      ) : (
        <div className="flex gap-2">
          {[true, false].map((helpful) => (
            <button
              key={String(helpful)}
              type="button"
              disabled={pending}
              aria-pressed={votes.mine?.helpful === helpful}
              onClick={() => vote(helpful)}
              className={`${choice} border-slate-300 disabled:opacity-60`}
            >
              {helpful ? "Sim" : "Não"}
            </button>
          ))}
        </div>
      )}
      {error ? <FormAlert>{error.message}</FormAlert> : null}
      <p className="text-sm text-slate-700" aria-live="polite">
        Usuários que acharam isso útil: {votes.helpfulCount} de {votes.voteCount}
      </p>
      {votes.mine?.helpful === false ? (
        <FeedbackForm articleId={articleId} sent={votes.mine.missing !== null} />
      ) : null}
    </section>
  );
}
