"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { resetPasswordAction } from "@/lib/auth/password-link-actions";

const schema = z
  .object({
    token: z.string(),
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `A senha deve ter pelo menos ${PASSWORD_MIN_LENGTH} caracteres.`),
    confirmation: z.string(),
  })
  .refine((v) => v.password === v.confirmation, {
    path: ["confirmation"],
    message: "As senhas não conferem.",
  });

/**
 * The new password for an e-mailed link. The token comes in the URL fragment, which never
 * reaches a server; it is read once and then taken off the address bar and the history, so it
 * is not left behind for the next person at this computer.
 */
export function ResetPasswordForm() {
  const [done, setDone] = useState(false);
  const [linkError, setLinkError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { token: "" },
  });
  useEffect(() => {
    const fromHash = window.location.hash.slice(1);
    if (!fromHash) return; // a second run (React's strict mode) finds it already cleared
    setValue("token", fromHash);
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
  }, [setValue]);

  const onSubmit = handleSubmit(async ({ token, password }) => {
    const result = await resetPasswordAction({ token, password });
    if (result.ok) return setDone(true);
    if (result.error !== "invalid") return setLinkError(result.message);
    if (result.fieldErrors.password) setError("password", { message: result.fieldErrors.password });
    else setLinkError(result.message);
  });

  if (done) {
    return (
      <FormStatus>
        Senha definida.{" "}
        <Link href="/login" className="underline">
          Entrar
        </Link>
      </FormStatus>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormField
        id="password"
        label="Nova senha"
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <FormField
        id="confirmation"
        label="Confirme a nova senha"
        type="password"
        autoComplete="new-password"
        error={errors.confirmation?.message}
        {...register("confirmation")}
      />
      {linkError && <FormAlert>{linkError}</FormAlert>}
      <SubmitButton pending={isSubmitting} wide>
        Definir senha
      </SubmitButton>
    </form>
  );
}
