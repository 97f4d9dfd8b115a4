"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldPath } from "react-hook-form";
import { openRequestAction } from "@/lib/tickets/request-actions";
import type { FieldDefinition } from "@/lib/catalog/fields";
import type { RequestFormValues } from "@/lib/catalog/request-schema";
import { ticketUrl } from "@/lib/tickets/links";
import { focusFirstInvalid } from "@/components/ui/focus-first-invalid";
import type { RequestFormApi } from "./form-parts";

const FORM_CHANGED =
  "O formulário deste serviço foi alterado enquanto você o preenchia. Copie o que escreveu e recarregue a página para ver as novas perguntas.";

/**
 * "Enviar": checks the form in the browser for the messages, then sends the values as typed
 * (the server checks them again) with one submission key per form, so that a double click or a
 * retry opens one ticket. In the admin's preview it only says whether the answers were accepted.
 */
export function useRequestSubmission({
  form,
  item,
  attachmentIds,
  preview,
}: {
  form: RequestFormApi;
  item: { id: string; fields: FieldDefinition[] };
  attachmentIds: string[];
  preview: boolean;
}) {
  const router = useRouter();
  const [submissionKey] = useState(() => crypto.randomUUID());
  const [alert, setAlert] = useState<string | null>(null);
  const [previewChecked, setPreviewChecked] = useState(false);

  const onSubmit = form.handleSubmit(
    async () => {
      setAlert(null);
      if (preview) return setPreviewChecked(true);
      const result = await openRequestAction({
        itemId: item.id,
        ...form.getValues(),
        submissionKey,
        attachmentIds,
      });
      if (result.ok) {
        router.push(ticketUrl(result.value.number));
        return;
      }
      if (result.error !== "invalid") return setAlert(result.message);
      // An answer this form does not ask for: the admin changed the form since it was loaded.
      const asked = new Set(item.fields.map((field) => `answers.${field.key}`));
      const paths = Object.keys(result.fieldErrors);
      if (paths.some((path) => path.startsWith("answers.") && !asked.has(path)))
        return setAlert(FORM_CHANGED);
      for (const [path, message] of Object.entries(result.fieldErrors)) {
        if (path === "attachmentIds" || path === "submissionKey") setAlert(message);
        else form.setError(path as FieldPath<RequestFormValues>, { message });
      }
      if (paths.length === 0) setAlert(result.message);
      focusFirstInvalid();
    },
    () => {
      setPreviewChecked(false);
      focusFirstInvalid();
    },
  );

  return { onSubmit, alert, previewChecked };
}
