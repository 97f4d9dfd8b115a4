"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveItemAction } from "@/lib/catalog/admin-actions";
import { itemInput, type ItemData, type ItemFormValues } from "@/lib/catalog/item-schema";
import { FormField, TextAreaField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { FormAlert, FormStatus } from "@/components/ui/form-feedback";
import { applyServerErrors } from "@/components/ui/server-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AttachmentRules } from "@/lib/attachments/file-kinds";
import type { FormUser } from "@/components/requests/request-form";
import type { PickableUser } from "@/components/requests/user-picker";
import { FieldBuilder } from "./field-builder";
import { FormPreview } from "./form-preview";
import { SAVED_VALUES } from "./use-record-editor";
import { useRequestKey } from "./use-request-key";

type Choice = readonly [id: string, name: string];

/**
 * A catalogue item: its data, its form (the builder) and, beside them, the preview. Saved as a
 * whole against the version it was loaded from, so two admins never silently overwrite each other.
 */
export function ItemEditor({
  item,
  justSaved = false,
  categories,
  groups,
  preview,
}: {
  item: { id?: string; version?: string; values: ItemFormValues };
  /** Just created: the page it was sent to says so. */
  justSaved?: boolean;
  categories: Choice[];
  groups: Choice[];
  preview: { me: FormUser; colleagues: PickableUser[]; attachments: AttachmentRules };
}) {
  const router = useRouter();
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState(justSaved);
  const request = useRequestKey();
  const form = useForm<ItemFormValues, unknown, ItemData>({
    resolver: zodResolver(itemInput),
    defaultValues: item.values,
  });
  const { register, formState } = form;
  const errors = formState.errors;

  const onSubmit = form.handleSubmit(async () => {
    setAlert(null);
    setSaved(false);
    const result = await saveItemAction({
      key: request.key,
      id: item.id,
      version: item.version,
      values: form.getValues(),
    });
    if (!result.ok) return setAlert(applyServerErrors(result, form.setError, SAVED_VALUES));
    request.renew();
    setSaved(true);
    if (item.id) router.refresh();
    else router.replace(`/admin/catalogo/itens/${result.value.id}?salvo=1`);
  });

  return (
    <div className="grid gap-8 xl:grid-cols-2">
      <form onSubmit={onSubmit} noValidate aria-label="Item do catálogo" className="space-y-6">
        <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-sm font-semibold">Dados do item</legend>
          <FormField
            id="item-title"
            label="Título"
            error={errors.title?.message}
            {...register("title")}
          />
          <FormField
            id="item-subtitle"
            label="Subtítulo"
            error={errors.subtitle?.message}
            {...register("subtitle")}
          />
          <TextAreaField
            id="item-description"
            label="Descrição do serviço"
            error={errors.description?.message}
            {...register("description")}
          />
          <SelectField
            id="item-categoryId"
            label="Categoria"
            error={errors.categoryId?.message}
            placeholder="Selecione"
            options={categories}
            {...register("categoryId")}
          />
          <SelectField
            id="item-groupId"
            label="Grupo de atendimento"
            error={errors.groupId?.message}
            placeholder="Selecione"
            options={groups}
            {...register("groupId")}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField
              id="item-sla-first"
              label="Primeira resposta (minutos úteis)"
              inputMode="numeric"
              placeholder="Padrão das configurações"
              error={errors.slaFirstResponseMinutes?.message}
              {...register("slaFirstResponseMinutes")}
            />
            <FormField
              id="item-sla-resolution"
              label="Solução (minutos úteis)"
              inputMode="numeric"
              placeholder="Padrão das configurações"
              error={errors.slaResolutionMinutes?.message}
              {...register("slaResolutionMinutes")}
            />
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...register("active")} />
            Ativo (aparece no catálogo)
          </label>
        </fieldset>
        <FieldBuilder form={form} />
        {alert ? <FormAlert>{alert}</FormAlert> : null}
        {saved ? <FormStatus>Item salvo.</FormStatus> : null}
        <SubmitButton pending={formState.isSubmitting}>Salvar item</SubmitButton>
      </form>
      <FormPreview control={form.control} {...preview} />
    </div>
  );
}
