"use client";

import { useEffect, useRef, useState } from "react";
import { changeStateAction } from "@/lib/tickets/ticket-actions";
import {
  requiresText,
  STATE_ACTIONS,
  type StateAction,
  type TextAction,
  type TicketAction,
} from "@/lib/tickets/state-machine";
import { ACTION_BUTTONS, TEXT_DIALOGS } from "@/lib/tickets/states";
import { FormAlert } from "@/components/ui/form-feedback";
import { CONTROL } from "@/components/ui/form-field";
import { expectNewEvent } from "./new-event-focus";
import { useTicketAction } from "./use-ticket-action";

/** An action that asks for a text (the transition table says which), in a dialog. */
type DialogAction = Extract<StateAction, TextAction>;

const primary = "bg-brand-600 text-white hover:bg-brand-700";
const secondary = "border border-slate-400 text-slate-800 hover:bg-slate-50";
const positive = "bg-green-700 text-white hover:bg-green-800";

const STYLES: Record<StateAction, string> = {
  start: primary,
  waitForSupport: secondary,
  resume: primary,
  askForInfo: secondary,
  resolve: positive,
  accept: positive,
  reject: "border border-red-700 text-red-800 hover:bg-red-50",
  cancel: secondary,
};

const isDialogAction = (action: StateAction): action is DialogAction => requiresText(action);

const button = "w-full rounded-md px-3 py-2 text-sm font-medium disabled:opacity-60";

/**
 * The state actions of "Ações": exactly those the state machine allows this user now (an agent
 * sees Iniciar, Aguardar suporte, Retomar, Resolver; a requester Aceitar/Rejeitar Solução and
 * Cancelar Solicitação), those done with one click first, then those that ask for a text. Each
 * carries the version the user saw: if the ticket changed meanwhile, they get the message and
 * the fresh page, never an overwrite.
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
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const [reason, setReason] = useState("");
  const dialogRef = useRef<HTMLDialogElement>(null);

  const open = (action: DialogAction) => {
    setDialog(action);
    setReason("");
    dialogRef.current?.showModal();
  };
  const submit = (action: StateAction, text?: string) =>
    run(
      () => changeStateAction({ ticketId, version, action, text }),
      () => {
        expectNewEvent("Estado da solicitação alterado.");
        dialogRef.current?.close();
      },
    );
  const reasonError = dialog ? error?.fields.text : undefined;
  const reasonField = useRef<HTMLTextAreaElement>(null);
  // After a refused submit, focus goes to the field that says why (WCAG 3.3.1).
  useEffect(() => {
    if (reasonError) reasonField.current?.focus();
  }, [reasonError]);
  const offered = STATE_ACTIONS.filter((action) => actions.includes(action));
  const direct = offered.filter((action) => !isDialogAction(action));
  const withText = offered.filter(isDialogAction);

  if (direct.length === 0 && withText.length === 0) {
    return <p className="text-sm text-slate-600">Nenhuma ação disponível nesta situação.</p>;
  }
  return (
    <div className="space-y-2">
      {direct.map((action) => (
        <button
          key={action}
          type="button"
          disabled={pending}
          onClick={() => submit(action)}
          className={`${button} ${STYLES[action]}`}
        >
          {ACTION_BUTTONS[action]}
        </button>
      ))}
      {withText.map((action) => (
        <button
          key={action}
          type="button"
          disabled={pending}
          onClick={() => open(action)}
          className={`${button} ${STYLES[action]}`}
        >
          {ACTION_BUTTONS[action]}
        </button>
      ))}
      {error && !reasonError && !dialog ? <FormAlert>{error.message}</FormAlert> : null}

      <dialog
        ref={dialogRef}
        aria-labelledby="action-dialog-title"
        onClose={() => setDialog(null)}
        className="m-auto w-full max-w-md rounded-lg p-0 backdrop:bg-slate-900/50"
      >
        {dialog ? (
          <form
            className="space-y-4 p-5"
            onSubmit={(event) => {
              event.preventDefault();
              submit(dialog, reason);
            }}
          >
            <h2 id="action-dialog-title" className="text-lg font-semibold">
              {ACTION_BUTTONS[dialog]}
            </h2>
            <div>
              <label htmlFor="action-reason" className="block text-sm font-medium">
                {TEXT_DIALOGS[dialog].label}
                <span className="text-red-700" aria-hidden="true">
                  {" "}
                  *
                </span>
              </label>
              {/* The dialog opens before its form is drawn: the field takes the focus as it appears. */}
              <textarea
                ref={reasonField}
                autoFocus
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
                {TEXT_DIALOGS[dialog].confirm}
              </button>
            </div>
          </form>
        ) : null}
      </dialog>
    </div>
  );
}
