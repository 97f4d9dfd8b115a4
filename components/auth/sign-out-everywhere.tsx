"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { FormAlert } from "@/components/ui/form-feedback";
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutEverywhereAction } from "@/lib/auth/profile-actions";

/**
 * "Sair de todos os dispositivos": the server ends every session of the user (this one too),
 * then next-auth clears this browser's cookie and goes to /login.
 */
export function SignOutEverywhere() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    const result = await signOutEverywhereAction({});
    if (!result.ok) {
      setPending(false);
      return setError(result.message);
    }
    await signOut({ callbackUrl: "/login" });
  };
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-semibold">Sessões</h2>
      <p className="text-sm text-slate-700">
        Encerra o acesso em todos os navegadores em que você entrou, inclusive neste.
      </p>
      {error && <FormAlert>{error}</FormAlert>}
      <SubmitButton pending={pending}>Sair de todos os dispositivos</SubmitButton>
    </form>
  );
}
