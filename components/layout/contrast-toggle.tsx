"use client";

import { useState } from "react";
import {
  CONTRAST_COOKIE,
  CONTRAST_COOKIE_MAX_AGE,
  HIGH_CONTRAST,
  HIGH_CONTRAST_CLASS,
} from "@/lib/web/contrast";

/**
 * "Alto contraste" in the top bar: a toggle button (aria-pressed) that switches the theme at once
 * and remembers it in a cookie for the next pages (read on the server: no flash of the old theme).
 */
export function ContrastToggle({ initiallyOn }: { initiallyOn: boolean }) {
  const [on, setOn] = useState(initiallyOn);
  const toggle = () => {
    const next = !on;
    document.documentElement.classList.toggle(HIGH_CONTRAST_CLASS, next);
    document.cookie = next
      ? `${CONTRAST_COOKIE}=${HIGH_CONTRAST}; path=/; max-age=${CONTRAST_COOKIE_MAX_AGE}; samesite=lax`
      : `${CONTRAST_COOKIE}=; path=/; max-age=0; samesite=lax`;
    setOn(next);
  };
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={toggle}
      className="inline-flex min-h-6 items-center gap-1 rounded px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
    >
      <span aria-hidden="true">◐</span>
      Alto contraste
    </button>
  );
}
