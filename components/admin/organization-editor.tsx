"use client";

import { saveOrganizationAction } from "@/app/admin/organizacoes/actions";
import { organizationInput, type OrganizationFormValues } from "@/lib/admin/organization-schema";
import { FormField } from "@/components/ui/form-field";
import { EditorFooter } from "./editor-footer";
import { useRecordEditor } from "./use-record-editor";

export type OrganizationRow = OrganizationFormValues & { id: string; users: number };
const KINDS = { MUNICIPALITY: "Município", STATE: "Estado" } as const;

/** The organizations with an editor: new, or edit one. */
export function OrganizationEditor({ organizations }: { organizations: OrganizationRow[] }) {
  const { form, editing, edit, alert, onSubmit, message } = useRecordEditor<
    OrganizationFormValues,
    OrganizationRow
  >({
    schema: organizationInput,
    empty: { name: "", kind: "MUNICIPALITY", ibgeCode: "", cnpj: "", active: true },
    save: (id, values) => saveOrganizationAction({ id, values }),
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
        <FormField id="name" label="Nome" error={message("name")} {...form.register("name")} />
        <div>
          <label htmlFor="kind" className="block text-sm font-medium">
            Tipo
          </label>
          <select
            id="kind"
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2"
            {...form.register("kind")}
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
          {...form.register("ibgeCode")}
        />
        <FormField id="cnpj" label="CNPJ" error={message("cnpj")} {...form.register("cnpj")} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...form.register("active")} />
          Ativa
        </label>
        <EditorFooter
          alert={alert}
          pending={form.formState.isSubmitting}
          label="Salvar organização"
          editing={editing !== null}
          onCancel={() => edit(null)}
        />
      </form>
    </div>
  );
}
