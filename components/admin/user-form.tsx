"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { firstAccessAction, saveUserAction } from "@/lib/admin/user-actions";
import { userInput, type UserFormValues } from "@/lib/admin/user-schema";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { FormField, RequiredLegend } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { applyServerErrors } from "@/components/ui/server-errors";
import { managerChoices, type ManagedCandidate } from "@/lib/admin/manager-rule";
import { ManagedOrganizationsField } from "./managed-organizations-field";
import { SAVED_VALUES } from "./use-record-editor";
import { useRequestKey } from "./use-request-key";

type Option = { id: string; name: string };

/**
 * A user's form: identity, role, organization, groups (analysts), the organizations a requester
 * manages, active; and first access.
 */
export function UserForm({
  id,
  initial,
  organizations,
  groups,
}: {
  id?: string;
  initial: UserFormValues;
  organizations: ManagedCandidate[];
  groups: Option[];
}) {
  const router = useRouter();
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [sending, startSending] = useTransition();
  const request = useRequestKey();
  const { register, handleSubmit, setError, getValues, control, formState } = useForm<
    UserFormValues,
    unknown,
    unknown
  >({ resolver: zodResolver(userInput), defaultValues: initial });
  const role = useWatch({ control, name: "role" });
  const organizationId = useWatch({ control, name: "organizationId" }) ?? "";
  // Only requesters manage, and only what the rule offers for the organization chosen now.
  const managed = role === "REQUESTER" ? managerChoices(organizations, organizationId) : [];
  const message = (name: keyof UserFormValues) =>
    formState.errors[name]?.message as string | undefined;

  const onSubmit = handleSubmit(async () => {
    setAlert(null);
    setStatus(null);
    const values = getValues();
    // Groups are shown (and kept) for analysts only: a user made requester leaves them; the
    // same for managed organizations no longer offered (another role or organization).
    const offered = new Set(managed.map((o) => o.id));
    const result = await saveUserAction({
      key: request.key,
      id,
      values: {
        ...values,
        groupIds: values.role === "AGENT" ? values.groupIds : [],
        managedOrganizationIds: (values.managedOrganizationIds ?? []).filter((o) => offered.has(o)),
      },
    });
    if (!result.ok) return setAlert(applyServerErrors(result, setError, SAVED_VALUES));
    request.renew();
    if (!id) return router.push(`/admin/usuarios/${result.value.id}`);
    setStatus("Usuário salvo.");
    router.refresh();
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <RequiredLegend />
      {/* Another person's data: the browser must not fill in the admin's own (autoComplete off). */}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id="cpf"
          label="CPF"
          required
          autoComplete="off"
          error={message("cpf")}
          {...register("cpf")}
        />
        <FormField
          id="name"
          label="Nome"
          required
          autoComplete="off"
          error={message("name")}
          {...register("name")}
        />
        <FormField
          id="email"
          label="E-mail"
          type="email"
          required
          autoComplete="off"
          error={message("email")}
          {...register("email")}
        />
        <FormField
          id="phone"
          label="Telefone"
          type="tel"
          autoComplete="off"
          error={message("phone")}
          {...register("phone")}
        />
        <SelectField
          id="role"
          label="Papel"
          error={message("role")}
          options={Object.entries(ROLE_LABELS)}
          {...register("role")}
        />
        <SelectField
          id="organizationId"
          label="Organização"
          error={message("organizationId")}
          placeholder="Nenhuma"
          options={organizations.map((o) => [o.id, o.name])}
          {...register("organizationId")}
        />
      </div>
      {role === "AGENT" ? (
        <fieldset>
          <legend className="text-sm font-medium">Grupos de atendimento</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {groups.map((g) => (
              <label key={g.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={g.id} {...register("groupIds")} />
                {g.name}
              </label>
            ))}
          </div>
          {message("groupIds") ? (
            <p className="mt-1 text-sm text-red-700">{message("groupIds")}</p>
          ) : null}
        </fieldset>
      ) : null}
      <ManagedOrganizationsField
        control={control}
        choices={managed}
        error={message("managedOrganizationIds")}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("active")} />
        Ativo (desativar encerra as sessões do usuário)
      </label>
      {message("active") ? <p className="text-sm text-red-700">{message("active")}</p> : null}
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      {status ? <FormStatus>{status}</FormStatus> : null}
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={formState.isSubmitting}>Salvar usuário</SubmitButton>
        {id ? (
          <button
            type="button"
            disabled={sending}
            onClick={() =>
              startSending(async () => {
                const result = await firstAccessAction({ id });
                setAlert(result.ok ? null : result.message);
                setStatus(result.ok ? "E-mail de primeiro acesso enviado." : null);
              })
            }
            className="rounded-md border border-brand-600 px-4 py-2 font-medium text-brand-700 disabled:opacity-60"
          >
            Enviar primeiro acesso
          </button>
        ) : null}
      </div>
    </form>
  );
}
