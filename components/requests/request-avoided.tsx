"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import type { AvoidedArticle } from "./article-suggestions";

/**
 * What takes the request form's place when an article solved the problem: no request was
 * opened. Focus moves to the message, since the form it was in is gone.
 */
export function RequestAvoided({ article }: { article: AvoidedArticle }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      aria-labelledby="solicitacao-evitada"
      className="space-y-3 rounded-lg border border-green-200 bg-green-50 p-6"
    >
      <h2
        id="solicitacao-evitada"
        ref={heading}
        tabIndex={-1}
        className="text-lg font-semibold text-green-900"
      >
        Que bom que o artigo ajudou! Nenhuma solicitação foi aberta.
      </h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/" className="text-brand-700 underline">
            Voltar à Página Inicial
          </Link>
        </li>
        <li>
          <Link
            href={`/base-de-conhecimento/artigo/${article.slug}`}
            className="text-brand-700 underline"
          >
            Ver o artigo “{article.title}”
          </Link>
        </li>
      </ul>
    </section>
  );
}
