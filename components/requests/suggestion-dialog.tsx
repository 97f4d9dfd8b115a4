"use client";

import type { RefObject } from "react";
import type { ArticleSuggestion } from "@/lib/search/index";
import type { OpenedArticle } from "@/lib/knowledge/deflection";
import { FormAlert } from "@/components/ui/form-feedback";

/** The rendered Markdown (sanitized on the server) in the portal's text styles. */
const ARTICLE_BODY =
  "space-y-3 text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6";

export type OpenedState =
  | { suggestion: ArticleSuggestion; status: "loading" }
  | { suggestion: ArticleSuggestion; status: "loaded"; article: OpenedArticle }
  | { suggestion: ArticleSuggestion; status: "failed"; message: string };

/**
 * A suggested article over the request form, which stays as it was beneath: a modal <dialog>
 * (focus moves in, Escape closes, the opener gets focus back), the article's text, and the two
 * answers: it solved the problem (no request is opened) or back to the form.
 */
export function SuggestionDialog({
  dialogRef,
  headingRef,
  opened,
  pending,
  error,
  onResolved,
  onClose,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  opened: OpenedState | null;
  pending: boolean;
  error: string | null;
  onResolved: () => void;
  onClose: () => void;
}) {
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="artigo-sugerido-titulo"
      onClose={onClose}
      className="m-auto max-h-[85vh] w-full max-w-2xl rounded-lg p-0 backdrop:bg-slate-900/50"
    >
      {opened ? (
        <div className="space-y-4 p-5">
          <h2
            id="artigo-sugerido-titulo"
            ref={headingRef}
            tabIndex={-1}
            className="text-xl font-semibold"
          >
            {opened.suggestion.title}
          </h2>
          {opened.status === "loading" ? (
            <p className="text-slate-600">Carregando o artigo…</p>
          ) : null}
          {opened.status === "failed" ? <FormAlert>{opened.message}</FormAlert> : null}
          {opened.status === "loaded" ? (
            <div
              className={ARTICLE_BODY}
              dangerouslySetInnerHTML={{ __html: opened.article.html }}
            />
          ) : null}
          {error ? <FormAlert>{error}</FormAlert> : null}
          <div className="flex flex-wrap justify-end gap-2 border-t border-slate-200 pt-4">
            <button
              type="button"
              onClick={() => dialogRef.current?.close()}
              className="rounded-md border border-slate-300 px-4 py-2 text-sm"
            >
              Não resolveu, continuar solicitação
            </button>
            <button
              type="button"
              disabled={opened.status !== "loaded" || pending}
              onClick={onResolved}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              Isso resolveu meu problema
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
