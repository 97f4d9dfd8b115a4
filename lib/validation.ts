import type { z } from "zod";

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
