"use client";

import { useEffect, useState } from "react";

const EVENT = "portal:announce";

/** Says `text` to screen readers, politely (after what they are reading), from anywhere. */
export function announce(text: string) {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: text }));
}

/**
 * The page's one polite live region (in the root layout), present from the first paint so that
 * screen readers listen to it before anything is said. The same text twice is said twice.
 */
export function LiveRegion() {
  const [text, setText] = useState("");
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAnnounce = (event: Event) => {
      setText("");
      clearTimeout(timer);
      timer = setTimeout(() => setText((event as CustomEvent<string>).detail), 100);
    };
    window.addEventListener(EVENT, onAnnounce);
    return () => {
      clearTimeout(timer);
      window.removeEventListener(EVENT, onAnnounce);
    };
  }, []);
  return (
    // A live region without the status role: pages keep their own role="status" messages.
    <div aria-live="polite" aria-atomic="true" className="sr-only">
      {text}
    </div>
  );
}
