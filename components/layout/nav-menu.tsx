"use client";

import { signOut } from "next-auth/react";
import Link from "next/link";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

/** A link, or the sign-out action (a function cannot cross from the server-rendered top bar). */
export type NavMenuItem = { label: string; href: string } | { label: string; action: "signOut" };

type Props = { label: string; items: NavMenuItem[] };

const itemClass =
  "block min-h-6 w-full px-4 py-2 text-left text-sm text-slate-800 hover:bg-brand-50";

/**
 * A drop-down list of links in the WAI-ARIA "disclosure navigation" pattern: a button with
 * aria-expanded; Escape or a click elsewhere closes it and focus returns to the button. As the
 * pattern allows, Down and Up (and Home, End) move between the button and the items.
 */
export function NavMenu({ label, items }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const onArrows = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(list.current?.querySelectorAll<HTMLElement>("a, button") ?? [])];
    if (!open || entries.length === 0) return;
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const next = {
      ArrowDown: (at + 1) % entries.length,
      ArrowUp: at <= 0 ? entries.length - 1 : at - 1,
      Home: 0,
      End: entries.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    entries[next]!.focus();
  };

  return (
    <div ref={root} className="relative" onKeyDown={onArrows}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
        className="rounded px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        {label}
        <span
          aria-hidden="true"
          className={`ml-1 inline-block transition-transform ${open ? "rotate-180" : ""}`}
        >
          ▾
        </span>
      </button>
      <ul
        ref={list}
        id={listId}
        hidden={!open}
        className="absolute right-0 z-20 mt-1 min-w-56 rounded-md border border-slate-200 bg-white py-1 shadow-lg"
      >
        {items.map((item) => (
          <li key={item.label}>
            {"href" in item ? (
              <Link href={item.href} onClick={() => setOpen(false)} className={itemClass}>
                {item.label}
              </Link>
            ) : (
              <button
                type="button"
                onClick={() => signOut({ callbackUrl: "/login" })}
                className={itemClass}
              >
                {item.label}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
