import { z } from "zod";
import type { FieldType } from "@/lib/db/generated/enums";
import { normalizeForSearch } from "@/lib/text/search";
import { multiLine, singleLine } from "@/lib/validation";
import type { FieldDefinition } from "./fields";

/**
 * The form builder's fields as the admin edits them: one schema for the item editor
 * (react-hook-form) and the action that saves it, and the builder's helpers. Free of server
 * imports.
 */

export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  TEXT: "Texto curto",
  TEXTAREA: "Texto longo",
  SELECT: "Lista de opções",
  MULTISELECT: "Múltipla escolha",
  FIXED: "Valor fixo",
  PHONE: "Telefone",
  USER: "Usuário da organização",
};

const FIELD_TYPES = Object.keys(FIELD_TYPE_LABELS) as [FieldType, ...FieldType[]];
export const hasOptions = (type: FieldType) => type === "SELECT" || type === "MULTISELECT";

export const MAX_FIELDS = 50;
const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/** A key suggested from a label: "Código IBGE do município" → "codigo_ibge_do_municipio". */
export function keyFromLabel(label: string): string {
  const words = normalizeForSearch(label).replace(/ /g, "_");
  return (/^[a-z]/.test(words) ? words : `campo_${words}`).slice(0, 40).replace(/_+$/, "");
}

/** The options textarea, one per line, as a list without blank lines. */
export const optionLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** Optional texts: one line (titles, values that reach mail subjects) or several (descriptions). */
export const optionalLine = (max: number) => singleLine(max).default("");
export const optionalText = (max: number) => multiLine(max).trim().default("");

export const fieldInput = z
  .strictObject({
    label: singleLine(200, "O rótulo").min(1, "Informe o rótulo."),
    key: z
      .string()
      .trim()
      .regex(KEY_PATTERN, "Use letras minúsculas, números e _, começando por uma letra (até 40)."),
    type: z.enum(FIELD_TYPES, { error: "Escolha o tipo do campo." }),
    optionsText: multiLine(10_000, "As opções").default(""),
    required: z.boolean().default(false),
    fixedValue: optionalLine(500),
    helpText: optionalText(500),
  })
  .superRefine((field, ctx) => {
    const options = optionLines(field.optionsText);
    if (hasOptions(field.type) && options.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["optionsText"],
        message: "Informe ao menos uma opção.",
      });
    }
    const repeated = options.find((option, i) => options.indexOf(option) !== i);
    if (hasOptions(field.type) && repeated) {
      ctx.addIssue({
        code: "custom",
        path: ["optionsText"],
        message: `Opção repetida: ${repeated}.`,
      });
    }
    if (field.type === "FIXED" && !field.fixedValue) {
      ctx.addIssue({ code: "custom", path: ["fixedValue"], message: "Informe o valor fixo." });
    }
  })
  .transform((field): FieldDefinition => ({
    key: field.key,
    label: field.label,
    type: field.type,
    options: hasOptions(field.type) ? optionLines(field.optionsText) : [],
    // A fixed value is always there, so "required" would mean nothing.
    required: field.type === "FIXED" ? false : field.required,
    fixedValue: field.type === "FIXED" ? field.fixedValue : null,
    helpText: field.helpText || null,
  }));

export type FieldFormValues = z.input<typeof fieldInput>;

export const emptyField = (): FieldFormValues => ({
  label: "",
  key: "",
  type: "TEXT",
  optionsText: "",
  required: false,
  fixedValue: "",
  helpText: "",
});

/** A stored field as the builder edits it. */
export const toFieldFormValues = (field: FieldDefinition): FieldFormValues => ({
  label: field.label,
  key: field.key,
  type: field.type,
  optionsText: field.options.join("\n"),
  required: field.required,
  fixedValue: field.fixedValue ?? "",
  helpText: field.helpText ?? "",
});

/**
 * The builder's fields as the requester's form would show them, while the admin is still typing:
 * keys stand-in (they may be empty or repeated) and blank labels shown as such.
 */
export function previewFields(fields: readonly Partial<FieldFormValues>[]): FieldDefinition[] {
  return fields.map((field, i) => {
    const type = field.type ?? "TEXT";
    return {
      key: `campo_${i}`,
      label: field.label?.trim() || "(sem rótulo)",
      type,
      options: hasOptions(type) ? [...new Set(optionLines(field.optionsText ?? ""))] : [],
      required: type !== "FIXED" && !!field.required,
      fixedValue: type === "FIXED" ? (field.fixedValue ?? "") : null,
      helpText: field.helpText?.trim() || null,
    };
  });
}
