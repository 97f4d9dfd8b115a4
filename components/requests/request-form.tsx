"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, useWatch, type FieldPath, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { openRequestAction } from "@/app/(portal)/catalogo/item/[slug]/actions";
import type { AttachmentRules } from "@/lib/attachments/file-kinds";
import type { FieldDefinition } from "@/lib/catalog/fields";
import {
  emptyAnswers,
  requestFormSchema,
  type RequestFormOutput,
  type RequestFormValues,
} from "@/lib/catalog/request-schema";
import { ticketUrl } from "@/lib/tickets/links";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { CONTROL } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { AttachButton } from "@/components/attachments/attach-button";
import { UploadList } from "@/components/attachments/upload-list";
import { useUploads } from "@/components/attachments/use-uploads";
import { useContact } from "./use-contact";
import { UserPicker, type PickableUser } from "./user-picker";

/** The signed-in requester, with the contact the form shows read-only. */
export type FormUser = PickableUser & { email: string; phone: string | null };

/** Values the user cannot change here (their e-mail, a fixed "Módulo"). */
const readOnlyInput = `${CONTROL} bg-slate-100 text-slate-700`;

const FORM_CHANGED =
  "O formulário deste serviço foi alterado enquanto você o preenchia. Copie o que escreveu e recarregue a página para ver as novas perguntas.";

/** A field's label with the red asterisk of required fields. */
function Label({ htmlFor, text, required }: { htmlFor: string; text: string; required?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-medium">
      {text}
      {required ? (
        <span className="text-red-700" aria-hidden="true">
          {" "}
          *
        </span>
      ) : null}
    </label>
  );
}

function ErrorText({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

/**
 * The request form of a catalogue item: the user block, the item's own fields, "Descrição" and
 * attachments, checked in the browser with the schema the server checks again. One submission
 * key per form: a double click or a retried "Enviar" opens one ticket.
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
  const router = useRouter();
  const [submissionKey] = useState(() => crypto.randomUUID());
  const [alert, setAlert] = useState<string | null>(null);
  const [previewChecked, setPreviewChecked] = useState(false);
  const uploads = useUploads(attachments.maxMb);
  const people = me ? [me, ...colleagues] : colleagues;

  const form = useForm<RequestFormValues, unknown, RequestFormOutput>({
    resolver: zodResolver(requestFormSchema(item.fields)),
    defaultValues: {
      requestedForId: me?.id ?? "",
      followerIds: [],
      contactPhone: "",
      answers: emptyAnswers(item.fields),
      description: "",
    },
  });
  const { register, control, handleSubmit, setError, formState } = form;
  const values = useWatch({ control });
  const errors = formState.errors;
  const answerError = (key: string) =>
    (errors.answers as Record<string, { message?: string }> | undefined)?.[key]?.message;
  const requestedFor = useContact(values.requestedForId || undefined, me);

  // "Informações necessárias": the required fields still empty, as the user fills the form.
  const missing = [
    ...item.fields
      .filter((field) => field.required && field.type !== "FIXED")
      .filter((field) => {
        const value = values.answers?.[field.key];
        return Array.isArray(value) ? value.length === 0 : !String(value ?? "").trim();
      })
      .map((field) => field.label),
    ...(values.description?.trim() ? [] : ["Descrição"]),
  ];

  // Checked here for the messages; the server gets the values as typed and checks them again.
  const onSubmit = handleSubmit(
    async () => {
      setAlert(null);
      if (preview) return setPreviewChecked(true);
      const result = await openRequestAction({
        itemId: item.id,
        ...form.getValues(),
        submissionKey,
        attachmentIds: uploads.attachmentIds,
      });
      if (result.ok) {
        router.push(ticketUrl(result.value.number));
        return;
      }
      if (result.error === "invalid") {
        // An answer this form does not ask for: the admin changed the form since it was loaded.
        const asked = new Set(item.fields.map((field) => `answers.${field.key}`));
        const paths = Object.keys(result.fieldErrors);
        if (paths.some((path) => path.startsWith("answers.") && !asked.has(path)))
          return setAlert(FORM_CHANGED);
        for (const [path, message] of Object.entries(result.fieldErrors)) {
          if (path === "attachmentIds" || path === "submissionKey") setAlert(message);
          else setError(path as FieldPath<RequestFormValues>, { message });
        }
        if (Object.keys(result.fieldErrors).length === 0) setAlert(result.message);
        return;
      }
      setAlert(result.message);
    },
    () => setPreviewChecked(false),
  );

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

          <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
            <legend className="px-1 text-sm font-semibold text-slate-700">
              Dados do solicitante
            </legend>
            <div>
              <Label htmlFor="requestedForId" text="Requisitado para" required />
              <select
                id="requestedForId"
                className={CONTROL}
                aria-invalid={!!errors.requestedForId}
                aria-describedby="requestedForId-error"
                {...register("requestedForId")}
              >
                {me ? null : <option value="">Selecione</option>}
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
              <ErrorText id="requestedForId-error" message={errors.requestedForId?.message} />
            </div>
            <div className="grid gap-4 @md:grid-cols-2">
              <div>
                <Label htmlFor="email" text="E-mail" />
                <input
                  id="email"
                  className={readOnlyInput}
                  readOnly
                  value={requestedFor?.email ?? ""}
                />
              </div>
              <div>
                <Label htmlFor="phone" text="Telefone" />
                <input
                  id="phone"
                  className={readOnlyInput}
                  readOnly
                  value={requestedFor?.phone ?? ""}
                />
              </div>
            </div>
            <fieldset>
              <legend className="text-sm font-medium">
                Quem pode acompanhar esta solicitação?
              </legend>
              <Controller
                control={control}
                name="followerIds"
                render={({ field }) => (
                  <div className="mt-1">
                    <UserPicker
                      candidates={colleagues.filter((c) => c.id !== values.requestedForId)}
                      chosen={colleagues.filter((c) => field.value.includes(c.id))}
                      onAdd={(user) => field.onChange([...field.value, user.id])}
                      onRemove={(user) =>
                        field.onChange(field.value.filter((id) => id !== user.id))
                      }
                      emptyText="Ninguém além de você e de quem recebe a solicitação."
                    />
                  </div>
                )}
              />
              <ErrorText id="followerIds-error" message={errors.followerIds?.message} />
            </fieldset>
            <div>
              <Label htmlFor="contactPhone" text="Telefone Adicional" />
              <input
                id="contactPhone"
                type="tel"
                autoComplete="tel"
                className={CONTROL}
                aria-invalid={!!errors.contactPhone}
                aria-describedby="contactPhone-error"
                {...register("contactPhone")}
              />
              <ErrorText id="contactPhone-error" message={errors.contactPhone?.message} />
            </div>
          </fieldset>

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
            <div className="space-y-2">
              <AttachButton
                id="attachments"
                onFiles={uploads.add}
                className="inline-block rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
              >
                Adicionar anexos
              </AttachButton>
              <p className="text-xs text-slate-600">
                Até {attachments.maxMb} MB por arquivo: {attachments.accepted}.
              </p>
              <UploadList uploads={uploads.uploads} onRemove={uploads.remove} />
            </div>
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

        <aside
          aria-labelledby="necessarias"
          className="h-fit rounded-lg border border-slate-200 bg-white p-4 @3xl:sticky @3xl:top-4"
        >
          <h2 id="necessarias" className="font-semibold">
            Informações necessárias
          </h2>
          {missing.length === 0 ? (
            <p className="mt-2 text-sm text-green-800">Tudo preenchido.</p>
          ) : (
            <ul className="mt-2 list-disc pl-5 text-sm">
              {missing.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          )}
        </aside>
      </form>
    </div>
  );
}

/** One of the item's own fields, by type. */
function ItemField({
  field,
  form,
  people,
  error,
}: {
  field: FieldDefinition;
  form: UseFormReturn<RequestFormValues, unknown, RequestFormOutput>;
  people: PickableUser[];
  error?: string;
}) {
  const id = `answers-${field.key}`;
  const name = `answers.${field.key}` as FieldPath<RequestFormValues>;
  const described = [error ? `${id}-error` : "", field.helpText ? `${id}-help` : ""]
    .filter(Boolean)
    .join(" ");
  const common = {
    id,
    className: CONTROL,
    "aria-invalid": !!error,
    "aria-required": field.required,
    "aria-describedby": described || undefined,
  };
  const help = field.helpText ? (
    <p id={`${id}-help`} className="mt-1 text-xs text-slate-600">
      {field.helpText}
    </p>
  ) : null;

  if (field.type === "MULTISELECT") {
    return (
      <fieldset aria-describedby={described || undefined}>
        <legend className="text-sm font-medium">
          {field.label}
          {field.required ? (
            <span className="text-red-700" aria-hidden="true">
              {" "}
              *
            </span>
          ) : null}
        </legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {field.options.map((option) => (
            <label key={option} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={option} {...form.register(name)} />
              {option}
            </label>
          ))}
        </div>
        {help}
        <ErrorText id={`${id}-error`} message={error} />
      </fieldset>
    );
  }

  return (
    <div>
      <Label htmlFor={id} text={field.label} required={field.required} />
      {field.type === "FIXED" ? (
        <input {...common} className={readOnlyInput} readOnly value={field.fixedValue ?? ""} />
      ) : field.type === "SELECT" ? (
        <select {...common} {...form.register(name)}>
          <option value="">Selecione</option>
          {field.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : field.type === "USER" ? (
        <select {...common} {...form.register(name)}>
          <option value="">Selecione</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      ) : field.type === "TEXTAREA" ? (
        <textarea {...common} rows={4} {...form.register(name)} />
      ) : (
        <input
          {...common}
          type={field.type === "PHONE" ? "tel" : "text"}
          {...form.register(name)}
        />
      )}
      {help}
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  );
}
