"use client";

import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import {
  emptyField,
  FIELD_TYPE_LABELS,
  hasOptions,
  keyFromLabel,
  MAX_FIELDS,
} from "@/lib/catalog/field-schema";
import type { ItemData, ItemFormValues } from "@/lib/catalog/item-schema";
import { CONTROL, FormField, TextAreaField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";

const small =
  "rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50 disabled:opacity-50";

type ItemForm = UseFormReturn<ItemFormValues, unknown, ItemData>;

/**
 * The form builder: the item's fields in order, each with its label, key, type, options, fixed
 * value, help text and "Obrigatório"; add, move and remove. Keys name the answers in the
 * tickets' data, so one is suggested from the label but the admin may change it.
 */
export function FieldBuilder({ form }: { form: ItemForm }) {
  const { fields, append, remove, swap } = useFieldArray({ control: form.control, name: "fields" });
  const types = useWatch({ control: form.control, name: "fields" });
  const errors = form.formState.errors.fields;

  return (
    <section aria-labelledby="campos" className="space-y-3">
      <h2 id="campos" className="font-semibold">
        Campos do formulário
      </h2>
      <p className="text-sm text-slate-600">
        Os solicitantes também preenchem sempre “Requisitado para”, “Telefone Adicional” e
        “Descrição”. Mudar o formulário não altera as solicitações já abertas: elas guardam as
        perguntas como foram feitas.
      </p>
      {fields.length === 0 ? <p className="text-sm">Nenhum campo além dos de sempre.</p> : null}
      {errors?.root?.message || errors?.message ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.root?.message ?? errors.message}
        </p>
      ) : null}
      {fields.map((row, i) => {
        const type = types?.[i]?.type ?? row.type;
        const id = (name: string) => `fields-${i}-${name}`;
        const error = (
          name: "label" | "key" | "type" | "optionsText" | "fixedValue" | "helpText",
        ) => errors?.[i]?.[name]?.message;
        const label = form.register(`fields.${i}.label`);
        return (
          <fieldset
            key={row.id}
            className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <legend className="px-1 text-sm font-semibold">Campo {i + 1}</legend>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                className={small}
                disabled={i === 0}
                onClick={() => swap(i, i - 1)}
                aria-label={`Subir campo ${i + 1}`}
              >
                ↑ Subir
              </button>
              <button
                type="button"
                className={small}
                disabled={i === fields.length - 1}
                onClick={() => swap(i, i + 1)}
                aria-label={`Descer campo ${i + 1}`}
              >
                ↓ Descer
              </button>
              <button
                type="button"
                className={`${small} text-red-700`}
                onClick={() => remove(i)}
                aria-label={`Remover campo ${i + 1}`}
              >
                Remover
              </button>
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              <FormField
                id={id("label")}
                label="Rótulo"
                error={error("label")}
                {...label}
                onBlur={(event) => {
                  // A key is suggested once, from the first label; later edits keep it stable.
                  if (!form.getValues(`fields.${i}.key`)) {
                    form.setValue(`fields.${i}.key`, keyFromLabel(event.target.value));
                  }
                  return label.onBlur(event);
                }}
              />
              <FormField
                id={id("key")}
                label="Chave"
                error={error("key")}
                className={`${CONTROL} font-mono text-sm`}
                {...form.register(`fields.${i}.key`)}
              />
              <SelectField
                id={id("type")}
                label="Tipo"
                error={error("type")}
                options={Object.entries(FIELD_TYPE_LABELS)}
                {...form.register(`fields.${i}.type`)}
              />
              {type === "FIXED" ? (
                <FormField
                  id={id("fixedValue")}
                  label="Valor fixo"
                  error={error("fixedValue")}
                  {...form.register(`fields.${i}.fixedValue`)}
                />
              ) : (
                <label className="flex items-center gap-2 self-end pb-2 text-sm">
                  <input type="checkbox" {...form.register(`fields.${i}.required`)} />
                  Obrigatório
                </label>
              )}
            </div>
            {hasOptions(type) ? (
              <TextAreaField
                id={id("optionsText")}
                label="Opções (uma por linha)"
                error={error("optionsText")}
                {...form.register(`fields.${i}.optionsText`)}
              />
            ) : null}
            <FormField
              id={id("helpText")}
              label="Texto de ajuda"
              error={error("helpText")}
              {...form.register(`fields.${i}.helpText`)}
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() => append(emptyField(), { focusName: `fields.${fields.length}.label` })}
        disabled={fields.length >= MAX_FIELDS}
        className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        Adicionar campo
      </button>
    </section>
  );
}
