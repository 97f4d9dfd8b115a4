import { z } from "zod";

/** A zod error as { field: message }, the first message per field, for display next to each field. */
export function fieldErrorsOf(error: z.ZodError, prefix = ""): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const keys =
      issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const path of keys) {
      const name = prefix + (path.length ? path.join(".") : "form");
      errors[name] ??= issue.message;
    }
  }
  return errors;
}

// C0 controls (CR, LF, NUL, …) and DEL: nothing a person types on one line, and what a header
// injection or a log forgery is made of.
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_EXCEPT_NEWLINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * A trimmed one-line text (a name, a subject, a title): anything that can reach a mail header or
 * a log line. Refuses control characters instead of silently removing them.
 */
export function singleLine(max: number, label = "Este campo") {
  return z
    .string()
    .trim()
    .max(max, `${label} pode ter no máximo ${max} caracteres.`)
    .refine((s) => !CONTROL.test(s), "Use apenas uma linha, sem caracteres de controle.");
}

/** A multi-line text (a message, a description): line breaks allowed, other controls refused. */
export function multiLine(max: number, label = "Este campo") {
  return z
    .string()
    .max(max, `${label} pode ter no máximo ${max} caracteres.`)
    .refine((s) => !CONTROL_EXCEPT_NEWLINES.test(s), "O texto contém caracteres não permitidos.");
}
