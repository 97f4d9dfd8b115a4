"use client";

import { useRef, useState } from "react";
import { changeStateAction } from "@/app/(portal)/solicitacoes/[number]/actions";
import type { TicketAction } from "@/lib/tickets/state-machine";
import { FormAlert } from "@/components/ui/form-feedback";
import { CONTROL } from "@/components/ui/form-field";
import { useTicketAction } from "./use-ticket-action";

/** Actions done with one click. */
type DirectAction = "start" | "waitForSupport" | "resume" | "accept";
/** Actions that need a text, asked for in a dialog. */
type TextAction = "resolve" | "reject" | "cancel";

const primary = "bg-brand-600 text-white hover:bg-brand-700";
const secondary = "border border-slate-400 text-slate-800 hover:bg-slate-50";
const positive = "bg-green-700 text-white hover:bg-green-800";

const DIRECT: { action: DirectAction; label: string; style: string }[] = [
  { action: "start", label: "Iniciar", style: primary },
  { action: "waitForSupport", label: "Aguardar suporte", style: secondary },
  { action: "resume", label: "Retomar", style: primary },
  { action: "accept", label: "Aceitar Solução", style: positive },
];

const DIALOGS: Record<
  TextAction,
  { title: string; label: string; confirm: string; style: string }
> = {
  resolve: { title: "Resolver", label: "Solução", confirm: "Confirmar solução", style: positive },
  reject: {
    title: "Rejeitar Solução",
    label: "Motivo da Rejeição",
    confirm: "Confirmar rejeição",
    style: "border border-red-700 text-red-800 hover:bg-red-50",
  },
  cancel: {
    title: "Cancelar Solicitação",
    label: "Motivo do Cancelamento",
    confirm: "Confirmar cancelamento",
    style: secondary,
  },
};

const button = "w-full rounded-md px-3 py-2 text-sm font-medium disabled:opacity-60";

/**
 * The state actions of "Ações": exactly those the state machine allows this user now (an agent
 * sees Iniciar, Aguardar suporte, Retomar, Resolver; a requester Aceitar/Rejeitar Solução and
 * Cancelar Solicitação). Each carries the version the user saw: if the ticket changed meanwhile,
 * they get the message and the fresh page, never an overwrite.
 */
export function StateActions({
  ticketId,
  version,
  actions,
}: {
  ticketId: string;
  version: number;
  actions: readonly TicketAction[];
}) {
  const { run, pending, error } = useTicketAction();
  const [dialog, setDialog] = useState<TextAction | null>(null);
  const [reason, setReason] = useState("");
  const dialogRef = useRef<HTMLDialogElement>(null);

  const open = (action: TextAction) => {
    setDialog(action);
    setReason("");
    dialogRef.current?.showModal();
  };
  const submit = (action: DirectAction | TextAction, text?: string) =>
    run(
      () => changeStateAction({ ticketId, version, action, text }),
      () => dialogRef.current?.close(),
    );
  const shown = dialog ? DIALOGS[dialog] : null;
  const reasonError = dialog ? error?.fields.text : undefined;
  const direct = DIRECT.filter((d) => actions.includes(d.action));
  const withText = (Object.keys(DIALOGS) as TextAction[]).filter((a) => actions.includes(a));

  if (direct.length === 0 && withText.length === 0) {
    return <p className="text-sm text-slate-600">Nenhuma ação disponível nesta situação.</p>;
  }
  return (
    <div className="space-y-2">
      {direct.map(({ action, label, style }) => (
        <button
          key={action}
          type="button"
          disabled={pending}
          onClick={() => submit(action)}
          className={`${button} ${style}`}
        >
          {label}
        </button>
      ))}
      {withText.map((action) => (
        <button
          key={action}
          type="button"
          disabled={pending}
          onClick={() => open(action)}
          className={`${button} ${DIALOGS[action].style}`}
        >
          {DIALOGS[action].title}
        </button>
      ))}
      {error && !reasonError && !dialog ? <FormAlert>{error.message}</FormAlert> : null}

      <dialog
        ref={dialogRef}
        aria-labelledby="action-dialog-title"
        onClose={() => setDialog(null)}
        className="m-auto w-full max-w-md rounded-lg p-0 backdrop:bg-slate-900/50"
      >
        {shown && dialog ? (
          <form
            className="space-y-4 p-5"
            onSubmit={(event) => {
              event.preventDefault();
              submit(dialog, reason);
            }}
          >
            <h2 id="action-dialog-title" className="text-lg font-semibold">
              {shown.title}
            </h2>
            <div>
              <label htmlFor="action-reason" className="block text-sm font-medium">
                {shown.label}
                <span className="text-red-700" aria-hidden="true">
                  {" "}
                  *
                </span>
              </label>
              <textarea
                id="action-reason"
                rows={4}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                aria-invalid={!!reasonError}
                aria-describedby={reasonError ? "action-reason-error" : undefined}
                className={CONTROL}
              />
              {reasonError ? (
                <p id="action-reason-error" className="mt-1 text-sm text-red-700">
                  {reasonError}
                </p>
              ) : null}
            </div>
            {error && !reasonError ? <FormAlert>{error.message}</FormAlert> : null}
            <div className="flex justify-end gap-2">
              <button
                type="button"
                onClick={() => dialogRef.current?.close()}
                className="rounded-md border border-slate-300 px-4 py-2 text-sm"
              >
                Voltar
              </button>
              <button
                type="submit"
                disabled={pending}
                className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
              >
                {shown.confirm}
              </button>
            </div>
          </form>
        ) : null}
      </dialog>
    </div>
  );
}
