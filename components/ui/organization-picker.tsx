"use client";

import { useEffect, useId, useState } from "react";
import { ComboboxOptions } from "./combobox-options";
import { useCombobox } from "./use-combobox";

type Organization = { id: string; name: string };

/** How long typing pauses before the portal is asked: one request per word, not per letter. */
const PAUSE_MS = 250;

/**
 * "Organização" of a GET filter form, for support: type part of a name and pick from the
 * organizations the portal finds (GET /api/organizacoes), with the arrows and Enter or a click.
 * The chosen organization's id goes in a hidden field named `name`; an empty field filters
 * nothing. A select would send every organization of the portal (thousands, in a state's
 * installation) with every page. The field is a WAI-ARIA combobox, as UserPicker's.
 */
export function OrganizationPicker({
  name,
  label,
  selected,
}: {
  name: string;
  label: string;
  selected: Organization | null;
}) {
  const id = useId();
  const [query, setQuery] = useState(selected?.name ?? "");
  const [chosen, setChosen] = useState(selected?.id ?? "");
  const [found, setFound] = useState<{ text: string; matches: Organization[] } | null>(null);
  const text = query.trim();
  const searching = !chosen && text.length >= 2;

  useEffect(() => {
    if (!searching) return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/organizacoes?busca=${encodeURIComponent(text)}`, {
        signal: abort.signal,
      }).catch(() => null);
      if (response?.ok) setFound({ text, matches: (await response.json()) as Organization[] });
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [searching, text]);

  const matches = searching && found?.text === text ? found.matches : [];
  const pick = (organization: Organization) => {
    setQuery(organization.name);
    setChosen(organization.id);
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
          Nenhuma organização com esse nome.
        </p>
      ) : null}
      <ComboboxOptions
        id={listId}
        label="Organizações encontradas"
        options={matches}
        active={combobox.active}
        expanded={combobox.expanded}
        onPick={pick}
        className="absolute top-full z-10 mt-1 max-h-64 w-72 overflow-auto rounded-md border border-slate-200 bg-white p-1 shadow"
      />
    </div>
  );
}
