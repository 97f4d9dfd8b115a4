"use client";

import { useState, type KeyboardEvent } from "react";
import { comboboxOptionId } from "./combobox-options";

/**
 * The keyboard of a WAI-ARIA combobox with a list box ("Editable combobox with list
 * autocomplete"): Down/Up move the active option (wrapping), Enter picks it, Escape closes the
 * list, then empties the field; focus stays in the field throughout (aria-activedescendant).
 */
export function useCombobox<T>(options: readonly T[], onPick: (option: T) => void) {
  const [active, setActive] = useState(-1);
  const [closed, setClosed] = useState(false);
  const expanded = options.length > 0 && !closed;
  const current = expanded && active >= 0 && active < options.length ? active : -1;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, clear: () => void) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!expanded) return setClosed(false);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if (event.key === "Enter" && current >= 0) {
      event.preventDefault();
      onPick(options[current]!);
      setActive(-1);
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (expanded) setClosed(true);
      else clear();
    }
  };
  /** The person typed: the list opens again from its top. */
  const onInput = () => {
    setClosed(false);
    setActive(-1);
  };
  /** The field's combobox attributes, pointing at the list box `listId` (ComboboxOptions). */
  const inputProps = (listId: string) =>
    ({
      type: "text",
      role: "combobox",
      autoComplete: "off",
      "aria-autocomplete": "list",
      "aria-expanded": expanded,
      "aria-controls": listId,
      "aria-activedescendant": current >= 0 ? comboboxOptionId(listId, current) : undefined,
    }) as const;
  return { expanded, active: current, onKeyDown, onInput, inputProps };
}
