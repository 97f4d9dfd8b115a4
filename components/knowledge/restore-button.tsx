"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreRevisionAction } from "@/lib/knowledge/article-actions";
import { FormAlert } from "@/components/ui/form-feedback";

/** "Restaurar esta versão": a new revision with this one's content, then back to the history. */
export function RestoreButton(props: { articleId: string; number: number; version: number }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await restoreRevisionAction(props);
            if (!result.ok) return setAlert(result.message);
            router.push(`/agente/conhecimento/${props.articleId}/versoes`);
            router.refresh();
          })
        }
        className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        Restaurar esta versão
      </button>
      {alert ? <FormAlert>{alert}</FormAlert> : null}
    </div>
  );
}
