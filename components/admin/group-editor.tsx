"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { saveGroupAction } from "@/app/admin/organizacoes/actions";
import { groupInput, type GroupFormValues } from "@/lib/admin/organization-schema";
import { FormAlert } from "@/components/ui/form-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { applyServerErrors } from "@/components/ui/server-errors";

export type GroupRow = GroupFormValues & { id: string };

/** The support groups with an editor: name, description, active, and which analysts are in it. */
export function GroupEditor({
  groups,
  agents,
}: {
  groups: GroupRow[];
  agents: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [editing, setEditing] = useState<GroupRow | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const empty: GroupFormValues = { name: "", description: "", active: true, memberIds: [] };
  const { register, handleSubmit, setError, reset, getValues, formState } = useForm<
    GroupFormValues,
    unknown,
    unknown
  >({ resolver: zodResolver(groupInput), defaultValues: empty });
  const message = (name: keyof GroupFormValues) => formState.errors[name]?.message;
  const names = new Map(agents.map((a) => [a.id, a.name]));
  const edit = (row: GroupRow | null) => {
    setEditing(row);
    setAlert(null);
    reset(row ?? empty);
  };
  const onSubmit = handleSubmit(async () => {
    const result = await saveGroupAction({ id: editing?.id, values: getValues() });
    if (!result.ok) return setAlert(applyServerErrors(result, setError));
    edit(null);
    router.refresh();
  });

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ul className="space-y-2" aria-label="Grupos">
        {groups.map((g) => (
          <li key={g.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <p className="font-semibold">
              {g.name}
              {g.active ? "" : " (inativo)"}
            </p>
            <p className="text-slate-600">
              {(g.memberIds ?? []).map((id) => names.get(id) ?? "?").join(", ") || "Sem membros"}
            </p>
            <button
              type="button"
              onClick={() => edit(g)}
              className="mt-1 text-brand-700 underline"
              aria-label={`Editar ${g.name}`}
            >
              Editar
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={onSubmit}
        noValidate
        aria-labelledby="group-editor"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="group-editor" className="font-semibold">
          {editing ? "Editar grupo" : "Novo grupo"}
        </h2>
        <FormField id="name" label="Nome" error={message("name")} {...register("name")} />
        <FormField
          id="description"
          label="Descrição"
          error={message("description")}
          {...register("description")}
        />
        <fieldset>
          <legend className="text-sm font-medium">Analistas do grupo</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {agents.map((a) => (
              <label key={a.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={a.id} {...register("memberIds")} />
                {a.name}
              </label>
            ))}
          </div>
          {message("memberIds") ? (
            <p className="mt-1 text-sm text-red-700">{message("memberIds")}</p>
          ) : null}
        </fieldset>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...register("active")} />
          Ativo
        </label>
        {alert ? <FormAlert>{alert}</FormAlert> : null}
        <div className="flex gap-3">
          <SubmitButton pending={formState.isSubmitting}>Salvar grupo</SubmitButton>
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
