"use client";

import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { AttachmentRules } from "@/lib/attachments/file-kinds";
import type { FieldDefinition } from "@/lib/catalog/fields";
import {
  emptyAnswers,
  requestFormSchema,
  type RequestFormOutput,
  type RequestFormValues,
} from "@/lib/catalog/request-schema";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { CONTROL } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useUploads } from "@/components/attachments/use-uploads";
import { ArticleSuggestions, type AvoidedArticle } from "./article-suggestions";
import { ErrorText, Label } from "./form-parts";
import { ItemField } from "./item-field";
import { MissingFields } from "./missing-fields";
import { RequestAvoided } from "./request-avoided";
import { RequestAttachments } from "./request-attachments";
import { RequesterFields, type FormUser } from "./requester-fields";
import { useRequestSubmission } from "./use-request-submission";
import type { PickableUser } from "./user-picker";

export type { FormUser } from "./requester-fields";

/**
 * The request form of a catalogue item: the user block, the item's own fields, "Descrição" and
 * attachments, checked in the browser with the schema the server checks again. Beside it, the
 * articles that may solve the problem being described; when one does, no request is opened.
 */
export function RequestForm({
  item,
  me,
  colleagues,
  attachments,
  preview = false,
}: {
  item: { id: string; fields: FieldDefinition[] };
  /** The signed-in requester; absent when support opens on a customer's behalf. */
  me?: FormUser;
  /** The others who may be named; names only (their contact is fetched when chosen). */
  colleagues: PickableUser[];
  attachments: AttachmentRules;
  /** The admin's form builder: checks the answers as a requester's would be, sends nothing. */
  preview?: boolean;
}) {
  const uploads = useUploads(attachments.maxMb);
  const people = me ? [me, ...colleagues] : colleagues;
  const form = useForm<RequestFormValues, unknown, RequestFormOutput>({
    resolver: zodResolver(requestFormSchema(item.fields)),
    // Focus goes to the first refused field in reading order (use-request-submission.ts), not
    // in the order the fields were registered.
    shouldFocusError: false,
    defaultValues: {
      requestedForId: me?.id ?? "",
      followerIds: [],
      contactPhone: "",
      answers: emptyAnswers(item.fields),
      description: "",
    },
  });
  const { register, control, formState } = form;
  const values = useWatch({ control });
  const errors = formState.errors;
  const answerError = (key: string) =>
    (errors.answers as Record<string, { message?: string }> | undefined)?.[key]?.message;
  const { onSubmit, alert, previewChecked } = useRequestSubmission({
    form,
    item,
    attachmentIds: uploads.attachmentIds,
    preview,
  });
  const [avoided, setAvoided] = useState<AvoidedArticle | null>(null);
  // Staged attachments are left behind: the cleanup job removes those no request claimed.
  if (avoided) return <RequestAvoided article={avoided} />;

  return (
    // Laid out by the width it is given (a container query), not the window's: the admin's
    // preview draws it in half the page.
    <div className="@container">
      <form onSubmit={onSubmit} noValidate className="grid gap-6 @3xl:grid-cols-[1fr_18rem]">
        <div className="space-y-6">
          <p className="text-sm text-slate-700">
            <span className="text-red-700" aria-hidden="true">
              *
            </span>{" "}
            Indica campo obrigatório
          </p>
          <RequesterFields
            form={form}
            me={me}
            colleagues={colleagues}
            people={people}
            requestedForId={values.requestedForId}
          />
          <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
            <legend className="px-1 text-sm font-semibold text-slate-700">
              Informações do serviço
            </legend>
            {item.fields.map((field) => (
              <ItemField
                key={field.key}
                field={field}
                form={form}
                people={people}
                error={answerError(field.key)}
              />
            ))}
            <div>
              <Label htmlFor="description" text="Descrição" required />
              <textarea
                id="description"
                rows={6}
                className={CONTROL}
                aria-invalid={!!errors.description}
                aria-describedby="description-error"
                {...register("description")}
              />
              <ErrorText id="description-error" message={errors.description?.message} />
            </div>
            <RequestAttachments uploads={uploads} rules={attachments} />
          </fieldset>

          {alert ? <FormAlert>{alert}</FormAlert> : null}
          {previewChecked ? (
            <FormStatus>Pré-visualização: o formulário foi aceito. Nada foi enviado.</FormStatus>
          ) : null}
          <SubmitButton
            pending={
              formState.isSubmitting || (formState.isSubmitSuccessful && !preview) || uploads.busy
            }
          >
            Enviar
          </SubmitButton>
          {uploads.busy ? (
            <p className="text-sm text-slate-600">Aguarde o envio dos anexos para enviar.</p>
          ) : null}
        </div>
        <div className="h-fit space-y-4 @3xl:sticky @3xl:top-4 @3xl:max-h-[calc(100vh-2rem)] @3xl:overflow-y-auto">
          <MissingFields fields={item.fields} values={values} />
          {preview ? null : (
            <ArticleSuggestions
              itemId={item.id}
              text={values.description ?? ""}
              onAvoided={setAvoided}
            />
          )}
        </div>
      </form>
    </div>
  );
}
