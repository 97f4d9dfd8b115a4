"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changePasswordAction, updatePhoneAction } from "@/lib/auth/profile-actions";
import { FormStatus } from "@/components/ui/form-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

/** "Telefone" and "Alterar senha"; the server validates and answers with field errors. */
export function ProfileForms({ phone }: { phone: string }) {
  return (
    <>
      <PhoneForm phone={phone} />
      <PasswordForm />
    </>
  );
}

function PhoneForm({ phone }: { phone: string }) {
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm({ defaultValues: { phone } });
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    const result = await updatePhoneAction(values);
    if (result.ok) return setSaved(true);
    setError("phone", {
      message:
        result.error === "invalid" ? (result.fieldErrors.phone ?? result.message) : result.message,
    });
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <FormField
        id="phone"
        label="Telefone"
        type="tel"
        autoComplete="tel"
        error={formState.errors.phone?.message}
        {...register("phone")}
      />
      {saved && <FormStatus>Telefone salvo.</FormStatus>}
      <SubmitButton pending={formState.isSubmitting}>Salvar telefone</SubmitButton>
    </form>
  );
}

function PasswordForm() {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, reset, formState } = useForm({
    defaultValues: { currentPassword: "", newPassword: "", confirmation: "" },
  });
  const onSubmit = handleSubmit(async ({ currentPassword, newPassword, confirmation }) => {
    setSaved(false);
    if (newPassword !== confirmation)
      return setError("confirmation", { message: "As senhas não conferem." });
    const result = await changePasswordAction({ currentPassword, newPassword });
    if (!result.ok) {
      const errors = result.error === "invalid" ? result.fieldErrors : {};
      if (errors.currentPassword) setError("currentPassword", { message: errors.currentPassword });
      else setError("newPassword", { message: errors.newPassword ?? result.message });
      return;
    }
    // The change ended the other sessions; this browser's stays signed in.
    reset();
    setSaved(true);
    router.refresh();
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 className="text-lg font-semibold">Alterar senha</h2>
      <FormField
        id="currentPassword"
        label="Senha atual"
        type="password"
        autoComplete="current-password"
        error={formState.errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <FormField
        id="newPassword"
        label="Nova senha"
        type="password"
        autoComplete="new-password"
        error={formState.errors.newPassword?.message}
        {...register("newPassword")}
      />
      <FormField
        id="confirmation"
        label="Confirme a nova senha"
        type="password"
        autoComplete="new-password"
        error={formState.errors.confirmation?.message}
        {...register("confirmation")}
      />
      {saved && <FormStatus>Senha alterada.</FormStatus>}
      <SubmitButton pending={formState.isSubmitting}>Alterar senha</SubmitButton>
    </form>
  );
}
