"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { updatePrivacySettingsAction } from "@/lib/privacy/privacy-actions";
import { privacySettingsInput, type PrivacySettingsValues } from "@/lib/privacy/settings-schema";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { FormField, TextAreaField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { applyServerErrors } from "@/components/ui/server-errors";

const BOX = "grid gap-4 rounded-lg border border-slate-200 bg-white p-4";

/** "Política de privacidade", the controller's contact and how long records are kept. */
export function PrivacySettingsForm({ initial }: { initial: PrivacySettingsValues }) {
  const [saved, setSaved] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<
    PrivacySettingsValues,
    unknown,
    unknown
  >({ resolver: zodResolver(privacySettingsInput), defaultValues: initial });
  const message = (name: keyof PrivacySettingsValues) =>
    formState.errors[name]?.message as string | undefined;
  const onSubmit = handleSubmit(async () => {
    setSaved(false);
    setAlert(null);
    const result = await updatePrivacySettingsAction(getValues());
    if (result.ok) return setSaved(true);
    setAlert(applyServerErrors(result, setError));
  });
  const days = (name: keyof PrivacySettingsValues, label: string) => (
    <FormField id={name} label={label} type="number" error={message(name)} {...register(name)} />
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset className={BOX}>
        <legend className="px-1 font-semibold">Aviso de privacidade</legend>
        <TextAreaField
          id="policyText"
          label="Política de privacidade"
          rows={12}
          error={message("policyText")}
          {...register("policyText")}
        />
        <FormField
          id="controllerName"
          label="Controlador dos dados"
          error={message("controllerName")}
          {...register("controllerName")}
        />
        <FormField
          id="controllerContact"
          label="Contato do encarregado de dados"
          error={message("controllerContact")}
          {...register("controllerContact")}
        />
      </fieldset>
      <fieldset className={`${BOX} sm:grid-cols-2`}>
        <legend className="px-1 font-semibold">Retenção (dias; 0 mantém)</legend>
        {days("closedAttachmentDays", "Anexos de solicitações fechadas")}
        {days("accessLogDays", "Registro de acessos")}
        {days("mailBodyDays", "Conteúdo dos e-mails enviados")}
        {days("exportDays", "Arquivo de “Baixar meus dados” (até 7)")}
        {days("inactiveDays", "Anonimizar contas sem acesso há")}
      </fieldset>
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      {saved ? <FormStatus>Configurações de privacidade salvas.</FormStatus> : null}
      <SubmitButton pending={formState.isSubmitting}>Salvar</SubmitButton>
    </form>
  );
}
