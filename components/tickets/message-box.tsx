"use client";

import { useEffect, useRef, useState } from "react";
import { commentAction } from "@/lib/tickets/ticket-actions";
import { FormAlert } from "@/components/ui/form-feedback";
import { AttachButton } from "@/components/attachments/attach-button";
import { UploadList } from "@/components/attachments/upload-list";
import { useUploads } from "@/components/attachments/use-uploads";
import { InsertArticle } from "@/components/knowledge/insert-article";
import { SubmitButton } from "@/components/ui/submit-button";
import { expectNewEvent } from "./new-event-focus";
import { useRequestKey } from "./use-request-key";
import { useTicketAction } from "./use-ticket-action";

/** "Digite sua mensagem aqui..." with the clip for files, and "Enviar". */
export function MessageBox({
  ticketId,
  attachmentMaxMb,
  allowInternal = false,
}: {
  ticketId: string;
  attachmentMaxMb: number;
  /** Support may write a "Nota interna" instead of a public reply. */
  allowInternal?: boolean;
}) {
  const [body, setBody] = useState("");
  const [internal, setInternal] = useState(false);
  const uploads = useUploads(attachmentMaxMb);
  const { run, pending, error } = useTicketAction();
  const { requestKey, renewKey } = useRequestKey();
  const fieldError = error?.fields.body;
  const field = useRef<HTMLTextAreaElement>(null);
  // After a refused submit, focus goes to the field that says why (WCAG 3.3.1).
  useEffect(() => {
    if (fieldError) field.current?.focus();
  }, [fieldError]);

  return (
    <form
      aria-label="Nova mensagem"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        run(
          () =>
            commentAction({
              requestKey,
              ticketId,
              body,
              internal,
              attachmentIds: uploads.attachmentIds,
            }),
          () => {
            expectNewEvent(internal ? "Nota interna registrada." : "Mensagem enviada.");
            renewKey();
            setBody("");
            setInternal(false);
            uploads.clear();
          },
        );
      }}
    >
      <label htmlFor="message" className="sr-only">
        Mensagem
      </label>
      <textarea
        ref={field}
        id="message"
        rows={3}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        placeholder="Digite sua mensagem aqui..."
        aria-invalid={!!fieldError}
        aria-describedby={fieldError ? "message-error" : undefined}
        className={`w-full rounded-md border px-3 py-2 aria-[invalid=true]:border-red-600 ${internal ? "border-amber-400 bg-amber-50" : "border-slate-300"}`}
      />
      {fieldError ? (
        <p id="message-error" className="text-sm text-red-700">
          {fieldError}
        </p>
      ) : null}
      <UploadList uploads={uploads.uploads} onRemove={uploads.remove} />
      {error && !fieldError ? (
        <FormAlert>{error.fields.attachmentIds ?? error.message}</FormAlert>
      ) : null}
      {allowInternal ? (
        <InsertArticle
          onInsert={(text) => setBody((current) => (current ? `${current}\n${text}` : text))}
        />
      ) : null}
      {allowInternal ? (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={internal}
            onChange={(event) => setInternal(event.target.checked)}
          />
          Nota interna (vista só pelo suporte)
        </label>
      ) : null}
      <div className="flex items-center justify-between gap-3">
        <AttachButton
          id="message-files"
          onFiles={uploads.add}
          className="flex items-center gap-1.5 rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="h-4 w-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M21 12.5l-8.5 8.5a5 5 0 01-7-7l9-9a3.5 3.5 0 015 5l-9 9a2 2 0 01-3-3l8-8" />
          </svg>
          Anexar arquivos
        </AttachButton>
        <SubmitButton pending={pending || uploads.busy}>Enviar</SubmitButton>
      </div>
    </form>
  );
}
