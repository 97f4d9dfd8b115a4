"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { anonymizeUserAction } from "@/lib/privacy/privacy-actions";
import { useRequestKey } from "@/components/admin/use-request-key";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { FormField } from "@/components/ui/form-field";
import { applyServerErrors } from "@/components/ui/server-errors";

type Values = { basis: "request" | "inactive"; ticketNumber: string; confirm: boolean };

/**
 * "Anonimizar usuário" (LGPD): after an approved deletion request, or for an account unused for
 * the configured period. It cannot be undone, so the admin confirms it first.
 */
export function AnonymizePanel({ userId, facts }: { userId: string; facts: string }) {
  const router = useRouter();
  const { key } = useRequestKey();
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, setError, control, formState } = useForm<Values>({
    defaultValues: { basis: "request", ticketNumber: "", confirm: false },
  });
  const errors = formState.errors;
  const basis = useWatch({ control, name: "basis" });
  const onSubmit = handleSubmit(async ({ confirm, ...values }) => {
    setAlert(null);
    if (!confirm)
      return setError("confirm", { message: "Confirme que a anonimização é definitiva." });
    const result = await anonymizeUserAction({ key, userId, ...values });
    if (!result.ok) return setAlert(applyServerErrors(result, setError));
    setDone(true);
    router.refresh();
  });
  // Until the refreshed page replaces the panel with the anonymized account.
  if (done) return <FormStatus>Usuário anonimizado.</FormStatus>;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="anonimizar"
      className="space-y-3 rounded-lg border border-red-200 bg-white p-4"
    >
      <h2 id="anonimizar" className="text-lg font-semibold">
        Anonimizar usuário (LGPD)
      </h2>
      <p className="text-sm text-slate-700">
        {facts} Nome, CPF, e-mail, telefone e os textos que a pessoa escreveu são removidos, os
        anexos que ela enviou são apagados e ela não consegue mais entrar. As solicitações ficam
        para o histórico da organização como “Usuário anonimizado”. Não pode ser desfeito.
      </p>
      <fieldset aria-describedby={errors.basis ? "basis-error" : undefined}>
        <legend className="text-sm font-medium">Motivo</legend>
        <label className="mr-4 inline-flex items-center gap-1 text-sm">
          <input type="radio" value="request" {...register("basis")} /> Pedido de exclusão atendido
        </label>
        <label className="inline-flex items-center gap-1 text-sm">
          <input type="radio" value="inactive" {...register("basis")} /> Conta inativa
        </label>
        {errors.basis ? (
          <p id="basis-error" className="mt-1 text-sm text-red-700">
            {errors.basis.message}
          </p>
        ) : null}
      </fieldset>
      {basis === "request" ? (
        <FormField
          id="ticketNumber"
          label="Número do pedido de exclusão"
          placeholder="CS0000123"
          error={errors.ticketNumber?.message}
          {...register("ticketNumber")}
        />
      ) : null}
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          aria-describedby={errors.confirm ? "confirm-error" : undefined}
          {...register("confirm")}
        />
        Entendo que a anonimização é definitiva
      </label>
      {errors.confirm ? (
        <p id="confirm-error" className="text-sm text-red-700">
          {errors.confirm.message}
        </p>
      ) : null}
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60"
      >
        Anonimizar
      </button>
    </form>
  );
}
