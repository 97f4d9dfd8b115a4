"use client";

import { saveGroupAction } from "@/lib/admin/organization-actions";
import { groupInput, type GroupFormValues } from "@/lib/admin/organization-schema";
import { FormField } from "@/components/ui/form-field";
import { EditorFooter } from "./editor-footer";
import { EditorForm } from "./editor-form";
import { RecordCard } from "./record-card";
import { useRecordEditor } from "./use-record-editor";

export type GroupRow = GroupFormValues & { id: string };

/** The support groups with an editor: name, description, active, and which analysts are in it. */
export function GroupEditor({
  groups,
  agents,
}: {
  groups: GroupRow[];
  agents: { id: string; name: string }[];
}) {
  const { form, editing, edit, alert, onSubmit, message } = useRecordEditor<
    GroupFormValues,
    GroupRow
  >({
    schema: groupInput,
    empty: { name: "", description: "", active: true, memberIds: [] },
    save: saveGroupAction,
  });
  const names = new Map(agents.map((a) => [a.id, a.name]));

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ul className="space-y-2" aria-label="Grupos">
        {groups.map((g) => (
          <RecordCard
            key={g.id}
            name={g.active ? g.name : `${g.name} (inativo)`}
            onEdit={() => edit(g)}
            details={
              (g.memberIds ?? []).map((id) => names.get(id) ?? "?").join(", ") || "Sem membros"
            }
          />
        ))}
      </ul>
      <EditorForm
        id="group-editor"
        title={editing ? "Editar grupo" : "Novo grupo"}
        onSubmit={onSubmit}
      >
        <FormField id="name" label="Nome" error={message("name")} {...form.register("name")} />
        <FormField
          id="description"
          label="Descrição"
          error={message("description")}
          {...form.register("description")}
        />
        <fieldset>
          <legend className="text-sm font-medium">Analistas do grupo</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {agents.map((a) => (
              <label key={a.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={a.id} {...form.register("memberIds")} />
                {a.name}
              </label>
            ))}
          </div>
          {message("memberIds") ? (
            <p className="mt-1 text-sm text-red-700">{message("memberIds")}</p>
          ) : null}
        </fieldset>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...form.register("active")} />
          Ativo
        </label>
        <EditorFooter
          alert={alert}
          pending={form.formState.isSubmitting}
          label="Salvar grupo"
          editing={editing !== null}
          onCancel={() => edit(null)}
        />
      </EditorForm>
    </div>
  );
}
