import { z } from "zod";
import { multiLine } from "@/lib/validation";

/** The texts readers write under an article, and their limits. */
export const COMMENT_LIMIT = 2_000;
export const FEEDBACK_LIMIT = 1_000;
export const HIDE_REASON_LIMIT = 500;

/** Trimmed, 1 to `max` characters, line breaks allowed and other control characters refused. */
export function readerText(max: number, missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `Use no máximo ${max.toLocaleString("pt-BR")} caracteres.`)
    .pipe(multiLine(max));
}

export const articleIdSchema = z.string().min(1).max(100);
