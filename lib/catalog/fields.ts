import { z } from "zod";
import type { FieldType } from "@/lib/db/generated/enums";

/**
 * A catalogue item's form: the field definitions and the zod schema of the answers built from
 * them. The request form (react-hook-form) and the ticket service use the same schema, so the
 * browser and the server never disagree about what is valid. Free of server imports on purpose.
 */

export const FIELD_LIMITS = { text: 500, textarea: 10_000 } as const;

export type FieldDefinition = {
  key: string;
  label: string;
  type: FieldType;
  /** The choices of SELECT and MULTISELECT fields. */
  options: string[];
  required: boolean;
  fixedValue: string | null;
  helpText: string | null;
};

/** A stored answer keeps the label it was asked with, so later form edits never change old tickets. */
export type Answer = { key: string; label: string; type: FieldType; value: string | string[] };

const optionsSchema = z.array(z.string()).catch([]);

/** A field row from the database as a FieldDefinition (options are stored as JSON). */
export function toFieldDefinition(row: {
  key: string;
  label: string;
  type: FieldType;
  options: unknown;
  required: boolean;
  fixedValue: string | null;
  helpText: string | null;
}): FieldDefinition {
  return { ...row, options: optionsSchema.parse(row.options ?? []) };
}

const REQUIRED = "Campo obrigatório.";
const tooLong = (max: number) => `Use no máximo ${max.toLocaleString("pt-BR")} caracteres.`;
const NOT_AN_OPTION = "Escolha uma das opções da lista.";

const PHONE_MESSAGE = "Informe um telefone com DDD, por exemplo (61) 99999-9999.";
const isPhone = (s: string) =>
  /^\+?[\d\s().-]+$/.test(s) && /^(55)?\d{10,11}$/.test(s.replace(/\D/g, ""));
const phoneDigits = (s: string) => s.replace(/\D/g, "").replace(/^55(?=\d{10,11}$)/, "");

/** Brazilian phone numbers: 10 or 11 digits with area code, typed with or without mask. */
export const phoneSchema = z.string().trim().refine(isPhone, PHONE_MESSAGE).transform(phoneDigits);

/** The same, where an empty field means "no phone" (null). */
export const optionalPhoneSchema = z
  .string()
  .trim()
  .refine((s) => s === "" || isPhone(s), PHONE_MESSAGE)
  .transform((s) => (s === "" ? null : phoneDigits(s)));

function answerSchema(field: FieldDefinition): z.ZodType<string | string[] | undefined> {
  const optionalText = (max: number) =>
    z
      .string()
      .trim()
      .max(max, tooLong(max))
      .refine((s) => !field.required || s.length > 0, REQUIRED);
  switch (field.type) {
    case "TEXT":
      return optionalText(FIELD_LIMITS.text);
    case "TEXTAREA":
      return optionalText(FIELD_LIMITS.textarea);
    case "USER":
      return optionalText(64);
    case "PHONE":
      return field.required
        ? z.string({ error: REQUIRED }).trim().min(1, REQUIRED).pipe(phoneSchema)
        : optionalPhoneSchema.transform((v) => v ?? undefined).optional();
    case "SELECT":
      return field.required
        ? z
            .string({ error: REQUIRED })
            .min(1, REQUIRED)
            .refine((v) => field.options.includes(v), NOT_AN_OPTION)
        : z
            .string()
            .refine((v) => v === "" || field.options.includes(v), NOT_AN_OPTION)
            .optional();
    case "MULTISELECT":
      return z
        .array(
          z.string().refine((v) => field.options.includes(v), NOT_AN_OPTION),
          { error: NOT_AN_OPTION },
        )
        .refine((values) => !field.required || values.length > 0, REQUIRED)
        .optional()
        .refine((values) => !field.required || values !== undefined, REQUIRED);
    case "FIXED":
      // Shown read-only; whatever comes back is ignored and toAnswers stores the definition's value.
      return z
        .unknown()
        .optional()
        .transform(() => undefined);
  }
}

/**
 * The schema of an item's answers: an object with one entry per field key, refusing unknown keys.
 * Parsed output is keyed like the input; see toAnswers for the stored form.
 */
export function answersSchema(fields: readonly FieldDefinition[]) {
  const shape = Object.fromEntries(
    fields.map((field) => {
      const schema = answerSchema(field);
      return [field.key, field.required ? schema : schema.optional()];
    }),
  );
  return z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? "Campo desconhecido." : undefined),
  });
}

/**
 * Parsed answers in form order, with their labels, fixed fields with their fixed value, leaving
 * out optional fields left empty.
 */
export function toAnswers(
  fields: readonly FieldDefinition[],
  parsed: Record<string, unknown>,
): Answer[] {
  return fields.flatMap((field) => {
    const value = field.type === "FIXED" ? field.fixedValue : parsed[field.key];
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0))
      return [];
    return [
      { key: field.key, label: field.label, type: field.type, value: value as string | string[] },
    ];
  });
}
