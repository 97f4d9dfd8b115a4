"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { deleteAnnouncementAction, saveAnnouncementAction } from "@/app/admin/comunicados/actions";
import { announcementInput, type AnnouncementFormValues } from "@/lib/admin/announcement-schema";
import { FormAlert } from "@/components/ui/form-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { applyServerErrors } from "@/components/ui/server-errors";

export type AnnouncementRow = AnnouncementFormValues & { id: string };

/** The list of "Comunicados" with an editor: new, edit one, delete one. */
export function AnnouncementEditor({ announcements }: { announcements: AnnouncementRow[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState<AnnouncementRow | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [deleting, startDelete] = useTransition();
  const empty: AnnouncementFormValues = { title: "", body: "", startsOn: "", endsOn: "" };
  const form = useForm<AnnouncementFormValues, unknown, unknown>({
    resolver: zodResolver(announcementInput),
    defaultValues: empty,
  });
  const { register, handleSubmit, setError, reset, getValues, formState } = form;
  const message = (name: keyof AnnouncementFormValues) => formState.errors[name]?.message;

  const edit = (row: AnnouncementRow | null) => {
    setEditing(row);
    setAlert(null);
    reset(row ?? empty);
  };
  const onSubmit = handleSubmit(async () => {
    setAlert(null);
    const result = await saveAnnouncementAction({ id: editing?.id, values: getValues() });
    if (!result.ok) return setAlert(applyServerErrors(result, setError, "values."));
    edit(null);
    router.refresh();
  });

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="lista" className="space-y-3">
        <h2 id="lista" className="font-semibold">
          Comunicados
        </h2>
        {announcements.length === 0 ? (
          <p className="text-sm text-slate-600">Nenhum comunicado.</p>
        ) : (
          <ul className="space-y-2">
            {announcements.map((a) => (
              <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <p className="font-semibold">{a.title}</p>
                <p className="text-slate-600">
                  De {a.startsOn.split("-").reverse().join("/")}
                  {a.endsOn ? ` até ${a.endsOn.split("-").reverse().join("/")}` : " em diante"}
                </p>
                <div className="mt-2 flex gap-3">
                  <button
                    type="button"
                    onClick={() => edit(a)}
                    className="text-brand-700 underline"
                  >
                    Editar
                  </button>
                  <button
                    type="button"
                    disabled={deleting}
                    onClick={() =>
                      startDelete(async () => {
                        const result = await deleteAnnouncementAction({ id: a.id });
                        if (!result.ok) setAlert(result.message);
                        router.refresh();
                      })
                    }
                    className="text-red-700 underline"
                    aria-label={`Excluir ${a.title}`}
                  >
                    Excluir
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <form
        onSubmit={onSubmit}
        noValidate
        aria-labelledby="editor"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="editor" className="font-semibold">
          {editing ? "Editar comunicado" : "Novo comunicado"}
        </h2>
        <FormField id="title" label="Título" error={message("title")} {...register("title")} />
        <div>
          <label htmlFor="body" className="block text-sm font-medium">
            Texto
          </label>
          <textarea
            id="body"
            rows={4}
            aria-invalid={!!message("body")}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
            {...register("body")}
          />
          {message("body") ? <p className="mt-1 text-sm text-red-700">{message("body")}</p> : null}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id="startsOn"
            label="Início"
            type="date"
            error={message("startsOn")}
            {...register("startsOn")}
          />
          <FormField
            id="endsOn"
            label="Fim (opcional)"
            type="date"
            error={message("endsOn")}
            {...register("endsOn")}
          />
        </div>
        {alert ? <FormAlert>{alert}</FormAlert> : null}
        <div className="flex gap-3">
          <SubmitButton pending={formState.isSubmitting}>Salvar comunicado</SubmitButton>
          {editing ? (
            <button type="button" onClick={() => edit(null)} className="text-sm underline">
              Cancelar edição
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
