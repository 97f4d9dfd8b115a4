"use client";

import Link from "next/link";
import { useState } from "react";
import { linkAction, unlinkAction } from "@/lib/tickets/ticket-actions";
import { FormAlert } from "@/components/ui/form-feedback";
import { useRequestKey } from "./use-request-key";
import { useTicketAction } from "./use-ticket-action";

/** "Chamados Relacionados": the linked tickets, link another by its number, or unlink. */
export function RelatedBox({
  ticketId,
  related,
}: {
  ticketId: string;
  related: { id: string; number: string; title: string; state: string }[];
}) {
  const { run, pending, error } = useTicketAction();
  const { requestKey, renewKey } = useRequestKey();
  const [number, setNumber] = useState("");
  return (
    <div className="space-y-3 text-sm">
      {related.length === 0 ? (
        <p className="text-slate-600">Nenhum chamado relacionado.</p>
      ) : (
        <ul className="space-y-1">
          {related.map((r) => (
            <li key={r.id} className="flex items-center justify-between gap-2">
              <span>
                <Link href={`/solicitacoes/${r.number}`} className="text-brand-700 underline">
                  {r.number}
                </Link>{" "}
                {r.title} · {r.state}
              </span>
              <button
                type="button"
                disabled={pending}
                onClick={() => run(() => unlinkAction({ ticketId, otherId: r.id }))}
                className="text-brand-700 underline"
                aria-label={`Desvincular ${r.number}`}
              >
                Desvincular
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="flex gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          run(
            () => linkAction({ requestKey, ticketId, number }),
            () => {
              renewKey();
              setNumber("");
            },
          );
        }}
      >
        <label className="sr-only" htmlFor="related-number">
          Número do chamado relacionado
        </label>
        <input
          id="related-number"
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          placeholder="CS0000000"
          className="w-full rounded-md border border-slate-300 px-2 py-1.5"
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-brand-600 px-3 py-1.5 font-medium text-brand-700"
        >
          Relacionar
        </button>
      </form>
      {error ? <FormAlert>{error.fields.number ?? error.message}</FormAlert> : null}
    </div>
  );
}
