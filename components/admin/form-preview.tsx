"use client";

import { useWatch, type Control } from "react-hook-form";
import { previewFields } from "@/lib/catalog/field-schema";
import type { ItemData, ItemFormValues } from "@/lib/catalog/item-schema";
import type { AttachmentRules } from "@/lib/attachments/file-kinds";
import { RequestForm, type FormUser } from "@/components/requests/request-form";
import type { PickableUser } from "@/components/requests/user-picker";

/**
 * "Pré-visualização": the item's page as a requester sees it, drawn by the requester's own
 * RequestForm from what the admin has typed so far. "Enviar" checks the answers and sends nothing.
 */
export function FormPreview({
  control,
  me,
  colleagues,
  attachments,
}: {
  control: Control<ItemFormValues, unknown, ItemData>;
  me: FormUser;
  colleagues: PickableUser[];
  attachments: AttachmentRules;
}) {
  const [title, subtitle, description, fields] = useWatch({
    control,
    name: ["title", "subtitle", "description", "fields"],
  });
  const definitions = previewFields(fields ?? []);
  return (
    <section
      aria-labelledby="pre-visualizacao"
      className="space-y-4 self-start rounded-lg border-2 border-dashed border-slate-300 bg-slate-50 p-4"
    >
      <h2 id="pre-visualizacao" className="font-semibold">
        Pré-visualização
      </h2>
      <header>
        <p className="text-2xl font-semibold">{title?.trim() || "(sem título)"}</p>
        {subtitle ? <p className="text-slate-700">{subtitle}</p> : null}
      </header>
      {description ? (
        <p className="max-w-3xl whitespace-pre-wrap text-slate-800">{description}</p>
      ) : null}
      {/* Drawn again from scratch whenever the definition changes: a form keeps its first schema. */}
      <RequestForm
        key={JSON.stringify(definitions)}
        preview
        item={{ id: "pre-visualizacao", fields: definitions }}
        me={me}
        colleagues={colleagues}
        attachments={attachments}
      />
    </section>
  );
}
