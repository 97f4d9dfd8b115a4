"use client";

import { useEffect, useRef, useState } from "react";
import {
  recordSuggestionsShownAction,
  suggestForRequestAction,
} from "@/lib/knowledge/deflection-actions";
import { normalizedDescription, SUGGESTION_MIN_CHARS } from "@/lib/knowledge/suggestion-text";
import type { ArticleSuggestion } from "@/lib/search/index";

/** Time without typing before the form asks for articles: one request per pause, not per key. */
const DEBOUNCE_MS = 400;

/**
 * The articles for the description being typed. Asks again only when the text changed
 * meaningfully (not for spaces or case), ignores an answer overtaken by a newer one, and tells
 * the server which articles it shows for the first time in this visit of the form: each is
 * counted once per visit (the server checks the visit key too, so a replay counts nothing).
 */
export function useArticleSuggestions({ itemId, text }: { itemId: string; text: string }) {
  const [visitKey] = useState(() => crypto.randomUUID());
  const [suggestions, setSuggestions] = useState<ArticleSuggestion[]>([]);
  const asked = useRef("");
  const latest = useRef(0);
  const shown = useRef(new Set<string>());
  const normalized = normalizedDescription(text);
  const longEnough = normalized.length >= SUGGESTION_MIN_CHARS;

  useEffect(() => {
    if (!longEnough || normalized === asked.current) return;
    const timer = setTimeout(async () => {
      asked.current = normalized;
      const request = ++latest.current;
      // Suggestions are a help, not the form: a failed request leaves the last ones in place.
      const result = await suggestForRequestAction({ itemId, text: normalized }).catch(() => null);
      if (request !== latest.current || !result?.ok) return;
      setSuggestions(result.value);
      const fresh = result.value.map((s) => s.id).filter((id) => !shown.current.has(id));
      if (fresh.length === 0) return;
      fresh.forEach((id) => shown.current.add(id));
      await recordSuggestionsShownAction({ itemId, articleIds: fresh, visitKey }).catch(() => null);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [itemId, normalized, longEnough, visitKey]);

  // A few words suggest nothing; the last answer comes back if the text does.
  return { suggestions: longEnough ? suggestions : [], visitKey };
}
