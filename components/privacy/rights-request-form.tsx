"use client";

import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { openRightsRequestAction } from "@/lib/privacy/privacy-actions";
import { useRequestKey } from "@/components/admin/use-request-key";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { TextAreaField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { applyServerErrors } from "@/components/ui/server-errors";

type Values = { kind: "correction" | "deletion" | ""; details: string };

/** "Solicitar correção ou exclusão": a ticket to the "Encarregado de dados", answered in 15 days. */
export function RightsRequestForm() {
  const { key, renew } = useRequestKey();
  const [opened, setOpened] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    defaultValues: { kind: "", details: "" },
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    setAlert(null);
    const result = await openRightsRequestAction({ key, ...values });
    if (!result.ok) return setAlert(applyServerErrors(result, setError));
    setOpened(result.value.number);
    renew();
    reset();
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 className="text-lg font-semibold">Solicitar correção ou exclusão</h3>
      <p className="text-sm text-slate-700">
        O pedido vai para o encarregado de dados, que responde em até 15 dias. A exclusão anonimiza
        sua conta: as solicitações ficam para o histórico da organização, sem seus dados.
      </p>
      <fieldset aria-describedby={errors.kind ? "kind-error" : undefined}>
        <legend className="text-sm font-medium">Pedido</legend>
        <label className="mr-4 inline-flex items-center gap-1 text-sm">
          <input type="radio" value="correction" {...register("kind")} /> Correção de dados
        </label>
        <label className="inline-flex items-center gap-1 text-sm">
          <input type="radio" value="deletion" {...register("kind")} /> Exclusão de dados
        </label>
        {errors.kind ? (
          <p id="kind-error" className="mt-1 text-sm text-red-700">
            {errors.kind.message}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id="details"
        label="Descreva o pedido"
        error={errors.details?.message}
        {...register("details")}
      />
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      {opened ? (
        <FormStatus>
          Pedido aberto:{" "}
          <Link href={`/solicitacoes/${opened}`} className="underline">
            {opened}
          </Link>
          .
        </FormStatus>
      ) : null}
      <SubmitButton pending={formState.isSubmitting}>Enviar pedido</SubmitButton>
    </form>
  );
}
