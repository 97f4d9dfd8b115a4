"use client";

import { useRef, useState } from "react";
import {
  openSuggestionAction,
  recordRequestAvoidedAction,
} from "@/lib/knowledge/deflection-actions";
import type { ArticleSuggestion } from "@/lib/search/index";
import { SuggestionDialog, type OpenedState } from "./suggestion-dialog";
import { useArticleSuggestions } from "./use-article-suggestions";

export type AvoidedArticle = { slug: string; title: string };

const UNREACHABLE = "Não foi possível falar com o portal. Verifique a conexão e tente de novo.";
/** An action's answer, or its message when the request itself failed (the connection dropped). */
const reached = <T,>(answer: Promise<T>) =>
  answer.catch(() => ({ ok: false as const, message: UNREACHABLE }));

/**
 * "Artigos que podem ajudar": beside the request form (below it on narrow screens), up to five
 * articles for the description being typed, the count announced politely. One opens in a dialog
 * over the form; "Isso resolveu meu problema" records the request as avoided and hands the
 * article to the form, which then shows its confirmation instead of itself.
 */
export function ArticleSuggestions({
  itemId,
  text,
  onAvoided,
}: {
  itemId: string;
  text: string;
  onAvoided: (article: AvoidedArticle) => void;
}) {
  const { suggestions, visitKey } = useArticleSuggestions({ itemId, text });
  const [opened, setOpened] = useState<OpenedState | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  const open = async (suggestion: ArticleSuggestion, button: HTMLElement) => {
    opener.current = button;
    setError(null);
    setOpened({ suggestion, status: "loading" });
    dialogRef.current?.showModal();
    // The heading, not the first link of the article, so a screen reader starts with the title.
    requestAnimationFrame(() => headingRef.current?.focus());
    const result = await reached(
      openSuggestionAction({ itemId, articleId: suggestion.id, visitKey }),
    );
    setOpened(
      result.ok
        ? { suggestion, status: "loaded", article: result.value }
        : { suggestion, status: "failed", message: result.message },
    );
  };
  const resolve = async () => {
    if (opened?.status !== "loaded") return;
    setPending(true);
    const articleId = opened.suggestion.id;
    const result = await reached(recordRequestAvoidedAction({ itemId, articleId, visitKey }));
    setPending(false);
    if (result.ok) onAvoided(result.value);
    else setError(result.message);
  };
  const close = () => {
    setOpened(null);
    opener.current?.focus();
  };

  return (
    <aside
      aria-labelledby="artigos-sugeridos"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="artigos-sugeridos" className="font-semibold">
        Artigos que podem ajudar
      </h2>
      <p aria-live="polite" className="mt-2 text-sm text-slate-600">
        {suggestions.length === 0
          ? "Descreva o que precisa: artigos da Base de Conhecimento que podem resolver aparecem aqui."
          : suggestions.length === 1
            ? "1 artigo pode ajudar com o que você descreveu."
            : `${suggestions.length} artigos podem ajudar com o que você descreveu.`}
      </p>
      {suggestions.length > 0 ? (
        <ul className="mt-3 space-y-3">
          {suggestions.map((suggestion) => (
            <li key={suggestion.id}>
              <button
                type="button"
                onClick={(event) => open(suggestion, event.currentTarget)}
                className="text-left font-medium text-brand-700 underline hover:text-brand-800"
              >
                {suggestion.title}
              </button>
              <p className="line-clamp-3 text-sm text-slate-700">{suggestion.summary}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <SuggestionDialog
        dialogRef={dialogRef}
        headingRef={headingRef}
        opened={opened}
        pending={pending}
        error={error}
        onResolved={resolve}
        onClose={close}
      />
    </aside>
  );
}
