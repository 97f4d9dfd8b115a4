"use client";

import { useId, useState } from "react";
import { ComboboxOptions } from "@/components/ui/combobox-options";
import { useCombobox } from "@/components/ui/use-combobox";

export type PickableUser = { id: string; name: string };

/**
 * "Procurar pelo nome": type part of a name, then add people one by one; the chosen ones are
 * listed with "Remover". Used for followers on the request form and on the ticket page. The
 * field is a WAI-ARIA combobox: the matches are a list box, chosen with the arrows and Enter or
 * with a click.
 */
export function UserPicker({
  candidates,
  chosen,
  onAdd,
  onRemove,
  disabled,
  emptyText,
}: {
  candidates: readonly PickableUser[];
  chosen: readonly PickableUser[];
  onAdd: (user: PickableUser) => void;
  onRemove: (user: PickableUser) => void;
  disabled?: boolean;
  emptyText: string;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const normal = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase();
  const chosenIds = new Set(chosen.map((u) => u.id));
  const matches =
    query.trim().length === 0
      ? []
      : candidates
          .filter((u) => !chosenIds.has(u.id) && normal(u.name).includes(normal(query.trim())))
          .slice(0, 8);
  const add = (user: PickableUser) => {
    onAdd(user);
    setQuery("");
  };
  const combobox = useCombobox(matches, add);
  const listId = `${id}-opcoes`;

  return (
    <div className="space-y-2">
      {chosen.length === 0 ? (
        <p className="text-sm text-slate-600">{emptyText}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {chosen.map((user) => (
            <li
              key={user.id}
              className="flex items-center gap-2 rounded-full bg-brand-50 px-3 py-0.5 text-sm"
            >
              {user.name}
              <button
                type="button"
                disabled={disabled}
                onClick={() => onRemove(user)}
                className="py-0.5 text-brand-700 underline"
                aria-label={`Remover ${user.name}`}
              >
                Remover
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id} className="sr-only">
        Procurar pelo nome
      </label>
      <input
        id={id}
        {...combobox.inputProps(listId)}
        value={query}
        disabled={disabled}
        onChange={(event) => {
          setQuery(event.target.value);
          combobox.onInput();
        }}
        onKeyDown={(event) => combobox.onKeyDown(event, () => setQuery(""))}
        placeholder="Procurar pelo nome"
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
      />
      {query.trim() && matches.length === 0 ? (
        <p role="status" className="text-sm text-slate-600">
          Ninguém da sua organização com esse nome.
        </p>
      ) : null}
      <ComboboxOptions
        id={listId}
        label="Pessoas encontradas"
        options={matches}
        active={combobox.active}
        expanded={combobox.expanded}
        onPick={(user) => !disabled && add(user)}
      />
    </div>
  );
}
