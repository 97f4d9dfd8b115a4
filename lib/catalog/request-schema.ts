import { z } from "zod";
import { requiredText } from "@/lib/tickets/texts";
import { answersSchema, optionalPhoneSchema, type FieldDefinition } from "./fields";

/**
 * The request form's schema, for react-hook-form in the browser: built from the same pieces
 * openTicket checks on the server (answersSchema, requiredText, optionalPhoneSchema), so both
 * sides agree on every message. Free of server imports.
 */
export function requestFormSchema(fields: readonly FieldDefinition[]) {
  return z.object({
    requestedForId: z.string().min(1, "Escolha para quem é a solicitação."),
    followerIds: z.array(z.string()),
    contactPhone: optionalPhoneSchema,
    answers: answersSchema(fields),
    description: requiredText("Descreva a solicitação."),
  });
}

export type RequestFormValues = z.input<ReturnType<typeof requestFormSchema>>;
export type RequestFormOutput = z.output<ReturnType<typeof requestFormSchema>>;

/** Empty answers, one per field, as the form starts. */
export function emptyAnswers(fields: readonly FieldDefinition[]): Record<string, unknown> {
  return Object.fromEntries(
    fields.flatMap((field) =>
      field.type === "FIXED" ? [] : [[field.key, field.type === "MULTISELECT" ? [] : ""]],
    ),
  );
}
