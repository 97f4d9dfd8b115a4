"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { moveInCatalogueAction } from "@/lib/catalog/admin-actions";

/** "Subir" and "Descer" for a category or an item; says why if the move was refused. */
export function MoveButtons({
  kind,
  id,
  name,
}: {
  kind: "category" | "item";
  id: string;
  name: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const move = (direction: "up" | "down") =>
    startTransition(async () => {
      const result = await moveInCatalogueAction({ kind, id, direction });
      setError(result.ok ? null : result.message);
      if (result.ok) router.refresh();
    });
  const button =
    "rounded border border-slate-300 px-1.5 text-xs hover:bg-slate-50 disabled:opacity-50";
  return (
    <span className="inline-flex items-center gap-1">
      <button
        type="button"
        disabled={pending}
        onClick={() => move("up")}
        aria-label={`Subir ${name}`}
        className={button}
      >
        ↑ Subir
      </button>
      <button
        type="button"
        disabled={pending}
        onClick={() => move("down")}
        aria-label={`Descer ${name}`}
        className={button}
      >
        ↓ Descer
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
