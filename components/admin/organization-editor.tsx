"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { saveOrganizationAction } from "@/app/admin/organizacoes/actions";
import { organizationInput, type OrganizationFormValues } from "@/lib/admin/organization-schema";
import { FormAlert } from "@/components/ui/form-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { applyServerErrors } from "@/components/ui/server-errors";

export type OrganizationRow = OrganizationFormValues & { id: string; users: number };
const KINDS = { MUNICIPALITY: "Município", STATE: "Estado" } as const;

/** The organizations with an editor: new, or edit one. */
export function OrganizationEditor({ organizations }: { organizations: OrganizationRow[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState<OrganizationRow | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const empty: OrganizationFormValues = {
    name: "",
    kind: "MUNICIPALITY",
    ibgeCode: "",
    cnpj: "",
    active: true,
  };
  const { register, handleSubmit, setError, reset, getValues, formState } = useForm<
    OrganizationFormValues,
    unknown,
    unknown
  >({ resolver: zodResolver(organizationInput), defaultValues: empty });
  const message = (name: keyof OrganizationFormValues) => formState.errors[name]?.message;
  const edit = (row: OrganizationRow | null) => {
    setEditing(row);
    setAlert(null);
    reset(row ?? empty);
  };
  const onSubmit = handleSubmit(async () => {
    const result = await saveOrganizationAction({ id: editing?.id, values: getValues() });
    if (!result.ok) return setAlert(applyServerErrors(result, setError));
    edit(null);
    router.refresh();
  });

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ul className="space-y-2" aria-label="Organizações">
        {organizations.map((o) => (
          <li key={o.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <p className="font-semibold">{o.name}</p>
            <p className="text-slate-600">
              {KINDS[o.kind as keyof typeof KINDS]} · {o.ibgeCode ? `IBGE ${o.ibgeCode}` : ""}
              {o.ibgeCode && o.cnpj ? " · " : ""}
              {o.cnpj ? `CNPJ ${o.cnpj}` : ""} · {o.users} usuário(s)
              {o.active ? "" : " · inativa"}
            </p>
            <button
              type="button"
              onClick={() => edit(o)}
              className="mt-1 text-brand-700 underline"
              aria-label={`Editar ${o.name}`}
            >
              Editar
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={onSubmit}
        noValidate
        aria-labelledby="org-editor"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="org-editor" className="font-semibold">
          {editing ? "Editar organização" : "Nova organização"}
        </h2>
        <FormField id="name" label="Nome" error={message("name")} {...register("name")} />
        <div>
          <label htmlFor="kind" className="block text-sm font-medium">
            Tipo
          </label>
          <select
            id="kind"
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2"
            {...register("kind")}
          >
            {Object.entries(KINDS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <FormField
          id="ibgeCode"
          label="Código IBGE"
          error={message("ibgeCode")}
          {...register("ibgeCode")}
        />
        <FormField id="cnpj" label="CNPJ" error={message("cnpj")} {...register("cnpj")} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...register("active")} />
          Ativa
        </label>
        {alert ? <FormAlert>{alert}</FormAlert> : null}
        <div className="flex gap-3">
          <SubmitButton pending={formState.isSubmitting}>Salvar organização</SubmitButton>
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
