"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { deleteAnnouncementAction, saveAnnouncementAction } from "@/lib/admin/announcement-actions";
import { announcementInput, type AnnouncementFormValues } from "@/lib/admin/announcement-schema";
import { FormField, TextAreaField } from "@/components/ui/form-field";
import { EditorFooter } from "./editor-footer";
import { EditorForm } from "./editor-form";
import { RecordCard } from "./record-card";
import { useRecordEditor } from "./use-record-editor";

export type AnnouncementRow = AnnouncementFormValues & { id: string };

/** The list of "Comunicados" with an editor: new, edit one, delete one. */
export function AnnouncementEditor({ announcements }: { announcements: AnnouncementRow[] }) {
  const router = useRouter();
  const [deleting, startDelete] = useTransition();
  const { form, editing, edit, alert, setAlert, onSubmit, message } = useRecordEditor<
    AnnouncementFormValues,
    AnnouncementRow
  >({
    schema: announcementInput,
    empty: { title: "", body: "", startsOn: "", endsOn: "" },
    save: saveAnnouncementAction,
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
              <RecordCard
                key={a.id}
                name={a.title}
                onEdit={() => edit(a)}
                details={
                  <>
                    De {a.startsOn.split("-").reverse().join("/")}
                    {a.endsOn ? ` até ${a.endsOn.split("-").reverse().join("/")}` : " em diante"}
                  </>
                }
              >
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
              </RecordCard>
            ))}
          </ul>
        )}
      </section>
      <EditorForm
        id="editor"
        title={editing ? "Editar comunicado" : "Novo comunicado"}
        onSubmit={onSubmit}
      >
        <FormField id="title" label="Título" error={message("title")} {...form.register("title")} />
        <TextAreaField id="body" label="Texto" error={message("body")} {...form.register("body")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id="startsOn"
            label="Início"
            type="date"
            error={message("startsOn")}
            {...form.register("startsOn")}
          />
          <FormField
            id="endsOn"
            label="Fim (opcional)"
            type="date"
            error={message("endsOn")}
            {...form.register("endsOn")}
          />
        </div>
        <EditorFooter
          alert={alert}
          pending={form.formState.isSubmitting}
          label="Salvar comunicado"
          editing={editing !== null}
          onCancel={() => edit(null)}
        />
      </EditorForm>
    </div>
  );
}
