"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { bindAddressAction, unbindAddressAction } from "@/lib/inbound/admin-actions";
import { FormField } from "@/components/ui/form-field";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";

type Feedback = { ok: boolean; text: string; fields?: Record<string, string> } | null;

/** "Vincular endereço": an address or +tag, and the catalogue item its mail opens. */
export function InboundAddressForm({ items }: { items: readonly { id: string; title: string }[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback>(null);

  const submit = (form: FormData) =>
    startTransition(async () => {
      const result = await bindAddressAction({
        address: String(form.get("address") ?? ""),
        itemId: String(form.get("itemId") ?? ""),
      });
      if (!result.ok) {
        const fields = result.error === "invalid" ? result.fieldErrors : undefined;
        setFeedback({ ok: false, text: result.message, fields });
        return;
      }
      setFeedback({ ok: true, text: "Endereço vinculado." });
      router.refresh();
    });

  return (
    <form
      action={submit}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
    >
      <FormField
        id="address"
        name="address"
        label="Endereço ou etiqueta"
        placeholder="ti@prefeitura.gov.br ou +ti"
        required
        error={feedback?.fields?.address}
      />
      <SelectField
        id="itemId"
        name="itemId"
        label="Item do catálogo"
        placeholder="Selecione"
        options={items.map((item) => [item.id, item.title] as const)}
        required
        error={feedback?.fields?.itemId}
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <SubmitButton pending={pending}>Vincular endereço</SubmitButton>
        {feedback?.ok ? <FormStatus>{feedback.text}</FormStatus> : null}
        {feedback && !feedback.ok && !feedback.fields ? (
          <FormAlert>{feedback.text}</FormAlert>
        ) : null}
      </div>
    </form>
  );
}

export function UnbindAddressButton({ id, address }: { id: string; address: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const unbind = () =>
    startTransition(async () => {
      const result = await unbindAddressAction({ id });
      if (!result.ok) setError(result.message);
      else router.refresh();
    });
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={unbind}
        disabled={pending}
        aria-label={`Desvincular ${address}`}
        className="text-sm text-red-700 underline disabled:opacity-60"
      >
        Desvincular
      </button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
