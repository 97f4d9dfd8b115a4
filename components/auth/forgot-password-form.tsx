"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { FormStatus } from "@/components/ui/form-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestResetAction } from "@/lib/auth/password-reset-actions";

const schema = z.object({ email: z.email("Informe um e-mail válido.") });

export function ForgotPasswordForm() {
  const [done, setDone] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema) });

  const onSubmit = handleSubmit(async ({ email }) => {
    const result = await requestResetAction({ email });
    if (result.ok) setDone(result.value.message);
    else if (result.error === "invalid")
      setError("email", { message: result.fieldErrors.email ?? result.message });
  });

  if (done) return <FormStatus>{done}</FormStatus>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormField
        id="email"
        label="E-mail"
        type="email"
        autoComplete="email"
        error={errors.email?.message}
        {...register("email")}
      />
      <SubmitButton pending={isSubmitting} wide>
        Enviar link
      </SubmitButton>
    </form>
  );
}
