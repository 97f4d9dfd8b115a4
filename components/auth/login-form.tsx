"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { FormAlert } from "@/components/ui/form-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

// The server's schema (lib/auth/sign-in.ts) decides; this one only catches the obvious early.
const schema = z.strictObject({
  cpf: z.string().trim().min(1, "Informe o CPF.").max(14, "Informe um CPF válido."),
  password: z.string().min(1, "Informe a senha.").max(1024),
});

type Values = z.infer<typeof schema>;

/** "CPF", "Senha", "Entrar": the CPF is validated on the server, which answers one generic message. */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema) });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false, callbackUrl });
    if (!result || result.error) {
      setError(
        result?.error && result.error !== "CredentialsSignin"
          ? result.error
          : "CPF ou senha incorretos.",
      );
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormField
        id="cpf"
        label="CPF"
        inputMode="numeric"
        autoComplete="username"
        placeholder="000.000.000-00"
        error={errors.cpf?.message}
        {...register("cpf")}
      />
      <FormField
        id="password"
        label="Senha"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      {error && <FormAlert>{error}</FormAlert>}
      <SubmitButton pending={isSubmitting} wide>
        {isSubmitting ? "Entrando…" : "Entrar"}
      </SubmitButton>
    </form>
  );
}
