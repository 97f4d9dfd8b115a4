"use client";

import { useState } from "react";
import { timeEntryAction } from "@/lib/tickets/ticket-actions";
import { FormAlert } from "@/components/ui/form-feedback";
import { useRequestKey } from "./use-request-key";
import { useTicketAction } from "./use-ticket-action";

const hours = (minutes: number) =>
  `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}`;

/** "Horas": what support logged on the ticket, its totals, and a new entry. */
export function TimeBox({
  ticketId,
  today,
  entries,
  total,
  billable,
}: {
  ticketId: string;
  today: string;
  entries: {
    id: string;
    agent: string;
    minutes: number;
    workDate: string;
    billable: boolean;
    note: string | null;
  }[];
  total: number;
  billable: number;
}) {
  const { run, pending, error } = useTicketAction();
  const { requestKey, renewKey } = useRequestKey();
  const [minutes, setMinutes] = useState("");
  const [workDate, setWorkDate] = useState(today);
  const [isBillable, setBillable] = useState(true);
  const [note, setNote] = useState("");
  const field = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5";
  const fieldError = (name: string) => error?.fields[name];

  return (
    <div className="space-y-3 text-sm">
      <p>
        Total: <strong>{hours(total)}</strong> · faturável: <strong>{hours(billable)}</strong>
      </p>
      {entries.length > 0 ? (
        <ul className="space-y-1">
          {entries.map((e) => (
            <li key={e.id}>
              {e.workDate.split("-").reverse().join("/")} · {e.agent} · {hours(e.minutes)}
              {e.billable ? "" : " (não faturável)"}
              {e.note ? ` – ${e.note}` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          run(
            () =>
              timeEntryAction({
                requestKey,
                ticketId,
                minutes,
                workDate,
                billable: isBillable,
                note,
              }),
            () => {
              renewKey();
              setMinutes("");
              setNote("");
            },
          );
        }}
      >
        <div className="grid grid-cols-2 gap-2">
          <label className="font-medium">
            Minutos
            <input
              type="number"
              min={1}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              aria-invalid={!!fieldError("minutes")}
              className={field}
            />
          </label>
          <label className="font-medium">
            Data
            <input
              type="date"
              value={workDate}
              onChange={(e) => setWorkDate(e.target.value)}
              className={field}
            />
          </label>
        </div>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={isBillable}
            onChange={(e) => setBillable(e.target.checked)}
          />
          Faturável
        </label>
        <label className="block font-medium">
          Observação
          <input value={note} onChange={(e) => setNote(e.target.value)} className={field} />
        </label>
        {error ? (
          <FormAlert>{fieldError("minutes") ?? fieldError("workDate") ?? error.message}</FormAlert>
        ) : null}
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-brand-600 px-3 py-1.5 font-medium text-brand-700"
        >
          Lançar horas
        </button>
      </form>
    </div>
  );
}
