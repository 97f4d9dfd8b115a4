"use client";

import { useId, useRef, useState } from "react";
import { findArticlesToLinkAction } from "@/lib/knowledge/article-actions";

type Found = { id: string; title: string; url: string };

/**
 * "Inserir artigo" in an analyst's reply: search published articles by title and put
 * "<título>: <endereço>" into the message, for the customer to read the answer in full.
 */
export function InsertArticle({ onInsert }: { onInsert: (text: string) => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [found, setFound] = useState<Found[] | null>(null);
  const id = useId();

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const asked = useRef("");

  /** Searches a moment after typing stops; an answer to an older text is dropped. */
  const search = (value: string) => {
    setText(value);
    asked.current = value;
    clearTimeout(timer.current);
    if (value.trim().length < 2) return setFound(null);
    timer.current = setTimeout(async () => {
      const result = await findArticlesToLinkAction({ text: value }).catch(() => null);
      if (asked.current === value) setFound(result?.ok ? result.value : []);
    }, 300);
  };

  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
      >
        Inserir artigo
      </button>
    );
  return (
    <div className="space-y-2 rounded-md border border-slate-200 p-3">
      <label htmlFor={id} className="block text-sm font-medium">
        Buscar artigo publicado
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          value={text}
          onChange={(event) => search(event.target.value)}
          className="w-full rounded-md border border-slate-300 px-3 py-1.5"
        />
        <button type="button" onClick={() => setOpen(false)} className="text-sm underline">
          Fechar
        </button>
      </div>
      {found?.length === 0 ? (
        <p className="text-sm text-slate-600">Nenhum artigo encontrado.</p>
      ) : null}
      <ul className="space-y-1" aria-label="Artigos encontrados">
        {found?.map((article) => (
          <li key={article.id}>
            <button
              type="button"
              onClick={() => {
                onInsert(`${article.title}: ${article.url}`);
                setOpen(false);
                search("");
              }}
              className="text-left text-sm text-brand-700 underline"
            >
              {article.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
