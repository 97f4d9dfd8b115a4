"use client";

import { useEffect, useState } from "react";
import { previewArticleAction } from "@/lib/knowledge/article-actions";
import { ArticleBody } from "./article-body";

const DEBOUNCE_MS = 400;

/**
 * "Pré-visualização": the Markdown as readers will see it, rendered by the server with the one
 * renderer the article page uses (lib/knowledge/markdown.ts), a moment after typing stops. The
 * HTML comes sanitized from that renderer, which is why it may be set as HTML here.
 */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  const [html, setHtml] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const result = await previewArticleAction({ body: markdown }).catch(() => null);
      if (!current) return;
      setFailed(!result?.ok);
      if (result?.ok) setHtml(result.value.html);
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [markdown]);

  return (
    <section
      aria-labelledby="article-preview"
      className="h-fit rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="article-preview" className="mb-3 font-semibold">
        Pré-visualização
      </h2>
      {failed ? (
        <p className="text-sm text-red-700">Não foi possível atualizar a pré-visualização.</p>
      ) : null}
      {html === null ? (
        <p className="text-sm text-slate-600">Carregando…</p>
      ) : (
        <ArticleBody html={html} />
      )}
    </section>
  );
}
