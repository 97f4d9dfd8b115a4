"use client";

import { useEffect, useId, useState } from "react";
import { ComboboxOptions } from "./combobox-options";
import { useCombobox } from "./use-combobox";

type Found = { id: string; name: string };

/** How long typing pauses before the portal is asked: one request per word, not per letter. */
const PAUSE_MS = 250;

/**
 * A filter of a GET form that searches as the person types, for lists a select cannot carry
 * with every page (a state's thousands of organizations, a large team's analysts): type part of
 * a name and pick from what `source` finds (GET source?busca=, answering [{ id, name }]), with
 * the arrows and Enter or a click. The chosen id goes in a hidden field named `name`; an empty
 * field filters nothing. The field is a WAI-ARIA combobox, as UserPicker's.
 */
export function SearchPicker({
  name,
  label,
  selected,
  source,
  foundLabel,
  noneText,
}: {
  name: string;
  label: string;
  selected: Found | null;
  source: "/api/organizacoes" | "/api/analistas";
  /** The list box's name, e.g. "Organizações encontradas". */
  foundLabel: string;
  /** Said when the search finds nothing, e.g. "Nenhuma organização com esse nome." */
  noneText: string;
}) {
  const id = useId();
  const [query, setQuery] = useState(selected?.name ?? "");
  const [chosen, setChosen] = useState(selected?.id ?? "");
  const [found, setFound] = useState<{ text: string; matches: Found[] } | null>(null);
  const text = query.trim();
  const searching = !chosen && text.length >= 2;

  useEffect(() => {
    if (!searching) return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      const response = await fetch(`${source}?busca=${encodeURIComponent(text)}`, {
        signal: abort.signal,
      }).catch(() => null);
      if (response?.ok) setFound({ text, matches: (await response.json()) as Found[] });
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [searching, text, source]);

  const matches = searching && found?.text === text ? found.matches : [];
  const pick = (match: Found) => {
    setQuery(match.name);
    setChosen(match.id);
  };
  const combobox = useCombobox(matches, pick);
  const listId = `${id}-opcoes`;

  return (
    <div className="relative flex flex-col gap-1 text-sm font-medium">
      <label htmlFor={id}>{label}</label>
      <input type="hidden" name={name} value={chosen} />
      <input
        id={id}
        {...combobox.inputProps(listId)}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setChosen("");
          combobox.onInput();
        }}
        onKeyDown={(event) => combobox.onKeyDown(event, () => setQuery(""))}
        placeholder="Todas"
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 font-normal"
      />
      {searching && found?.text === text && matches.length === 0 ? (
        <p role="status" className="font-normal text-slate-600">
          {noneText}
        </p>
      ) : null}
      <ComboboxOptions
        id={listId}
        label={foundLabel}
        options={matches}
        active={combobox.active}
        expanded={combobox.expanded}
        onPick={pick}
        className="absolute top-full z-10 mt-1 max-h-64 w-72 overflow-auto rounded-md border border-slate-200 bg-white p-1 shadow"
      />
    </div>
  );
}
