"use client";

import { saveOrganizationAction } from "@/lib/admin/organization-actions";
import { organizationInput, type OrganizationFormValues } from "@/lib/admin/organization-schema";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { EditorFooter } from "./editor-footer";
import { EditorForm } from "./editor-form";
import { RecordCard } from "./record-card";
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
    save: saveOrganizationAction,
  });

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ul className="space-y-2" aria-label="Organizações">
        {organizations.map((o) => (
          <RecordCard
            key={o.id}
            name={o.name}
            onEdit={() => edit(o)}
            details={
              <>
                {KINDS[o.kind as keyof typeof KINDS]} · {o.ibgeCode ? `IBGE ${o.ibgeCode}` : ""}
                {o.ibgeCode && o.cnpj ? " · " : ""}
                {o.cnpj ? `CNPJ ${o.cnpj}` : ""} · {o.users} usuário(s)
                {o.active ? "" : " · inativa"}
              </>
            }
          />
        ))}
      </ul>
      <EditorForm
        id="org-editor"
        title={editing ? "Editar organização" : "Nova organização"}
        onSubmit={onSubmit}
      >
        <FormField id="name" label="Nome" error={message("name")} {...form.register("name")} />
        <SelectField
          id="kind"
          label="Tipo"
          error={message("kind")}
          options={Object.entries(KINDS)}
          {...form.register("kind")}
        />
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
      </EditorForm>
    </div>
  );
}
