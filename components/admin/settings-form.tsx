"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { updateSettingsAction } from "@/lib/admin/settings-actions";
import {
  WEEKDAY_LABELS,
  settingsInput,
  type SettingsFormValues,
} from "@/lib/admin/settings-schema";
import { ALL_FILE_KINDS, FILE_KINDS } from "@/lib/attachments/file-kinds";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { applyServerErrors } from "@/components/ui/server-errors";

/** Auto-close, the requester's reminders, attachment limits, SLA defaults and the business calendar. */
export function SettingsForm({ initial }: { initial: SettingsFormValues }) {
  const [saved, setSaved] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<
    SettingsFormValues,
    unknown,
    unknown
  >({ resolver: zodResolver(settingsInput), defaultValues: initial });
  const errors = formState.errors;
  const message = (name: keyof SettingsFormValues) => errors[name]?.message as string | undefined;

  const onSubmit = handleSubmit(async () => {
    setSaved(false);
    setAlert(null);
    const result = await updateSettingsAction(getValues());
    if (result.ok) return setSaved(true);
    setAlert(applyServerErrors(result, setError));
  });

  const number = (name: keyof SettingsFormValues, label: string) => (
    <FormField id={name} label={label} type="number" error={message(name)} {...register(name)} />
  );

  /** A group of checkboxes for one list value, its error under the group. */
  const choices = (
    name: "businessDays" | "attachmentKinds",
    legend: string,
    options: [value: string, label: string][],
  ) => (
    <fieldset
      className="sm:col-span-3"
      aria-describedby={message(name) ? `${name}-error` : undefined}
    >
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {options.map(([value, label]) => (
          <label key={value} className="flex items-center gap-1 text-sm">
            <input type="checkbox" value={value} {...register(name)} />
            {label}
          </label>
        ))}
      </div>
      {message(name) ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {message(name)}
        </p>
      ) : null}
    </fieldset>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <legend className="px-1 font-semibold">Solicitações</legend>
        {number("autoCloseDays", "Dias para fechar sozinha após a solução")}
        {number("attachmentMaxMb", "Tamanho máximo de cada anexo (MB)")}
        {number("attachmentsPerTicket", "Anexos por solicitação")}
        {choices(
          "attachmentKinds",
          "Tipos de arquivo aceitos",
          ALL_FILE_KINDS.map((kind) => [kind, FILE_KINDS[kind].label]),
        )}
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <legend className="px-1 font-semibold">Lembretes ao solicitante</legend>
        <p className="text-sm text-slate-600 sm:col-span-3">
          Use 0 para desligar um lembrete ou o fechamento sem retorno.
        </p>
        {number("autoCloseReminderDays", "Lembrete: dias antes de fechar sozinha")}
        {number("infoReminderDays", "Lembrete: dias úteis aguardando informações")}
        {number("infoCloseDays", "Fechar sem retorno: dias úteis após o lembrete")}
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">Envio de anexos</legend>
        <p className="text-sm text-slate-600 sm:col-span-2">
          Arquivos enviados e ainda não incluídos em uma solicitação ou mensagem, por pessoa. São
          apagados depois de um dia.
        </p>
        {number("stagingQuotaMb", "Espaço para anexos ainda não enviados (MB)")}
        {number("stagingQuotaFiles", "Anexos ainda não enviados")}
        {number("uploadMinKbps", "Velocidade mínima de envio (kbit/s)")}
        {number("uploadTimeoutSeconds", "Tempo máximo de cada envio (segundos)")}
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">SLA padrão (minutos úteis)</legend>
        {number("slaFirstResponseMinutes", "Primeira resposta")}
        {number("slaResolutionMinutes", "Solução")}
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" {...register("slaPausedAwaitingSupport")} />
          Parar o relógio enquanto a solicitação aguarda suporte ao atendimento
        </label>
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <legend className="px-1 font-semibold">Expediente</legend>
        {choices(
          "businessDays",
          "Dias úteis",
          WEEKDAY_LABELS.map((label, i) => [String(i + 1), label]),
        )}
        <FormField
          id="businessStart"
          label="Início"
          type="time"
          error={message("businessStart")}
          {...register("businessStart")}
        />
        <FormField
          id="businessEnd"
          label="Fim"
          type="time"
          error={message("businessEnd")}
          {...register("businessEnd")}
        />
        <FormField
          id="timeZone"
          label="Fuso horário"
          error={message("timeZone")}
          {...register("timeZone")}
        />
      </fieldset>
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      {saved ? <FormStatus>Configurações salvas.</FormStatus> : null}
      <SubmitButton pending={formState.isSubmitting}>Salvar configurações</SubmitButton>
    </form>
  );
}
