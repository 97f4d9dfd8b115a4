"use client";

import type { MouseEvent } from "react";

const LINK =
  "rounded bg-white px-3 py-2 text-sm font-medium text-brand-800 underline focus:not-sr-only";

/**
 * The e-MAG accessibility bar: the first Tab stop of every page, and the access keys announced
 * on /acessibilidade (Alt+1 content, Alt+2 menu, Alt+3 search). Hidden until focused.
 */
export function SkipLinks() {
  // A page with its own "Pesquisar" field gets it focused; any other goes to the search page.
  const toSearch = (event: MouseEvent<HTMLAnchorElement>) => {
    const field = document.getElementById("busca");
    if (!field) return;
    event.preventDefault();
    field.focus();
  };
  return (
    <nav
      aria-label="Atalhos"
      className="flex flex-wrap gap-2 focus-within:absolute focus-within:left-2 focus-within:top-2 focus-within:z-50 focus-within:rounded focus-within:bg-white focus-within:p-2 focus-within:shadow-lg"
    >
      <a href="#conteudo" accessKey="1" className={`sr-only ${LINK}`}>
        Ir para o conteúdo [1]
      </a>
      <a href="#menu" accessKey="2" className={`sr-only ${LINK}`}>
        Ir para o menu [2]
      </a>
      <a href="/pesquisa#busca" accessKey="3" onClick={toSearch} className={`sr-only ${LINK}`}>
        Ir para a busca [3]
      </a>
    </nav>
  );
}
