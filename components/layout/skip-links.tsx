"use client";

import { useRouter } from "next/navigation";
import { useEffect, type MouseEvent } from "react";

const LINK =
  "rounded bg-white px-3 py-2 text-sm font-medium text-brand-800 underline focus:not-sr-only";

/** Where each access key leads: the element that takes focus, or, for the search, a page. */
const TARGETS = { "1": "conteudo", "2": "menu", "3": "busca" } as const;
type Key = keyof typeof TARGETS;

/**
 * The e-MAG accessibility bar: the first Tab stop of every page, and the access keys announced
 * on /acessibilidade (Alt+1 content, Alt+2 menu, Alt+3 search). Hidden until focused. Moving
 * to a fragment only moves the browser's starting point, so the target is focused here; the
 * keys are also handled here, as browsers differ in how they offer `accesskey`.
 */
export function SkipLinks() {
  const router = useRouter();

  useEffect(() => {
    const go = (key: Key) => {
      const target = document.getElementById(TARGETS[key]);
      if (target) {
        target.focus();
        target.scrollIntoView({ block: "start" });
      } else if (key === "3") {
        // A page without its own "Pesquisar" field: the search page's (focused by HashFocus).
        router.push("/pesquisa#busca");
      }
    };
    const onKey = (event: KeyboardEvent) => {
      // By the key's place (Digit1), not its character, which Option changes on a Mac.
      const key = event.code.replace("Digit", "");
      if (!event.altKey || event.ctrlKey || event.metaKey || !(key in TARGETS)) return;
      event.preventDefault();
      go(key as Key);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [router]);

  const follow = (key: Key) => (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(TARGETS[key]);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "start" });
  };
  return (
    <nav
      aria-label="Atalhos"
      className="flex flex-wrap gap-2 focus-within:absolute focus-within:left-2 focus-within:top-2 focus-within:z-50 focus-within:rounded focus-within:bg-white focus-within:p-2 focus-within:shadow-lg"
    >
      <a href="#conteudo" accessKey="1" onClick={follow("1")} className={`sr-only ${LINK}`}>
        Ir para o conteúdo [1]
      </a>
      <a href="#menu" accessKey="2" onClick={follow("2")} className={`sr-only ${LINK}`}>
        Ir para o menu [2]
      </a>
      <a href="/pesquisa#busca" accessKey="3" onClick={follow("3")} className={`sr-only ${LINK}`}>
        Ir para a busca [3]
      </a>
    </nav>
  );
}
