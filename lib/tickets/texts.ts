import { z } from "zod";
import { multiLine } from "@/lib/validation";

/** Limits and messages of the free texts written on tickets (descriptions, comments, reasons). */
export const TEXT_LIMIT = 10_000;

const TOO_LONG = `Use no máximo ${TEXT_LIMIT.toLocaleString("pt-BR")} caracteres.`;

/** Trimmed; line breaks allowed, other control characters refused (multiLine). */
export function requiredText(message: string) {
  return z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(TEXT_LIMIT, TOO_LONG)
    .pipe(multiLine(TEXT_LIMIT));
}

export function optionalText() {
  return z.string().trim().max(TEXT_LIMIT, TOO_LONG).pipe(multiLine(TEXT_LIMIT));
}
