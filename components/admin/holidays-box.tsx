"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addHolidayAction, removeHolidayAction } from "@/lib/admin/settings-actions";
import { FormAlert } from "@/components/ui/form-feedback";

/** "Feriados": days the SLA clock does not count. */
export function HolidaysBox({ holidays }: { holidays: { date: string; name: string }[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [date, setDate] = useState("");
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);

  const run = (action: () => ReturnType<typeof addHolidayAction>, done?: () => void) =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) {
        const fields = result.error === "invalid" ? Object.values(result.fieldErrors) : [];
        setError(fields.join(" ") || result.message);
        return;
      }
      done?.();
      router.refresh();
    });

  return (
    <section
      aria-labelledby="feriados"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="feriados" className="font-semibold">
        Feriados
      </h2>
      {holidays.length === 0 ? (
        <p className="text-sm text-slate-600">Nenhum feriado cadastrado.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {holidays.map((h) => (
            <li key={h.date} className="flex items-center justify-between gap-2">
              <span>
                {h.date.split("-").reverse().join("/")} – {h.name}
              </span>
              <button
                type="button"
                disabled={pending}
                onClick={() => run(() => removeHolidayAction({ date: h.date }))}
                className="text-brand-700 underline"
                aria-label={`Remover feriado ${h.name}`}
              >
                Remover
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          run(
            () => addHolidayAction({ date, name }),
            () => {
              setDate("");
              setName("");
            },
          );
        }}
      >
        <label className="text-sm font-medium">
          Data
          <input
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5"
          />
        </label>
        <label className="flex-1 text-sm font-medium">
          Nome do feriado
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
        </label>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700"
        >
          Adicionar feriado
        </button>
      </form>
      {error ? <FormAlert>{error}</FormAlert> : null}
    </section>
  );
}
