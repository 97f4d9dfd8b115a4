"use client";

/**
 * The list box of a WAI-ARIA combobox (useCombobox): the matches, the active one marked
 * (aria-activedescendant points at its id), each picked with a click.
 */
export function ComboboxOptions<T extends { id: string; name: string }>({
  id,
  label,
  options,
  active,
  expanded,
  onPick,
  className = "space-y-1",
}: {
  id: string;
  label: string;
  options: readonly T[];
  active: number;
  expanded: boolean;
  onPick: (option: T) => void;
  className?: string;
}) {
  return (
    <ul id={id} role="listbox" aria-label={label} hidden={!expanded} className={className}>
      {options.map((option, index) => (
        <li
          key={option.id}
          id={comboboxOptionId(id, index)}
          role="option"
          aria-selected={index === active}
          onClick={() => onPick(option)}
          className="min-h-6 cursor-pointer rounded-md px-2 py-1 text-sm font-normal hover:bg-brand-50 aria-selected:bg-brand-100 aria-selected:font-medium"
        >
          {option.name}
        </li>
      ))}
    </ul>
  );
}

/** The id of the option at `index` of the list box `listId`. */
export const comboboxOptionId = (listId: string, index: number) => `${listId}-${index}`;
