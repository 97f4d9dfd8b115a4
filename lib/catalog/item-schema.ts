import { z } from "zod";
import { singleLine } from "@/lib/validation";
import { fieldInput, MAX_FIELDS, optionalLine, optionalText } from "./field-schema";

/**
 * What the admin edits of the catalogue: categories and items (their fields in field-schema.ts).
 * One schema for the admin forms (react-hook-form) and the actions that save them. Free of
 * server imports.
 */

/** A category's or a group's id as the selects send it (cuid). */
const choiceId = (message: string) => z.string().min(1, message).max(64, message);

/** Business minutes, or empty for the settings' default. */
const optionalMinutes = (label: string) =>
  z
    .string()
    .trim()
    .max(12, `${label}: um número inteiro de minutos úteis.`)
    .transform((text, ctx) => {
      if (!text) return null;
      const minutes = Number(text);
      if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 1_000_000) return minutes;
      ctx.addIssue({
        code: "custom",
        message: `${label}: um número inteiro de minutos úteis, de 1 a 1.000.000, ou vazio.`,
      });
      return z.NEVER;
    });

export const itemInput = z
  .strictObject({
    title: singleLine(200, "O título").min(1, "Informe o título."),
    subtitle: optionalLine(300),
    description: optionalText(10_000),
    categoryId: choiceId("Escolha a categoria."),
    groupId: choiceId("Escolha o grupo de atendimento."),
    slaFirstResponseMinutes: optionalMinutes("Primeira resposta"),
    slaResolutionMinutes: optionalMinutes("Solução"),
    active: z.boolean().default(true),
    fields: z.array(fieldInput).max(MAX_FIELDS, `No máximo ${MAX_FIELDS} campos por item.`),
  })
  .superRefine((item, ctx) => {
    item.fields.forEach((field, i) => {
      if (item.fields.findIndex((other) => other.key === field.key) < i) {
        ctx.addIssue({
          code: "custom",
          path: ["fields", i, "key"],
          message: "Chave repetida: outro campo deste formulário já a usa.",
        });
      }
    });
    const { slaFirstResponseMinutes: first, slaResolutionMinutes: resolution } = item;
    if (first !== null && resolution !== null && resolution < first) {
      ctx.addIssue({
        code: "custom",
        path: ["slaResolutionMinutes"],
        message: "O prazo de solução não pode ser menor que o de primeira resposta.",
      });
    }
  });

export type ItemFormValues = z.input<typeof itemInput>;
export type ItemData = z.output<typeof itemInput>;

export const categoryInput = z.strictObject({
  name: singleLine(100, "O nome").min(1, "Informe o nome."),
  description: optionalText(1_000),
  /** Empty: a top category. */
  parentId: z.string().max(64, "Categoria pai não encontrada.").default(""),
  active: z.boolean().default(true),
});

export type CategoryFormValues = z.input<typeof categoryInput>;
export type CategoryData = z.output<typeof categoryInput>;

export const moveInput = z.strictObject({
  kind: z.enum(["category", "item"]),
  id: z.string().min(1).max(64),
  direction: z.enum(["up", "down"]),
});
