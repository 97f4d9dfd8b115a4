import { z } from "zod";

/** Limits and messages of the free texts written on tickets (descriptions, comments, reasons). */
export const TEXT_LIMIT = 10_000;

export function requiredText(message: string) {
  return z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(TEXT_LIMIT, `Use no máximo ${TEXT_LIMIT.toLocaleString("pt-BR")} caracteres.`);
}
