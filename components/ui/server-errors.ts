import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import type { ServiceError } from "@/lib/result";

/** Refusals that no field shows: of the whole input ("form") and of the form's request key. */
const FORM_LEVEL = new Set(["form", "key"]);

/**
 * Puts a server action's refusal where the user will see it: field errors next to their fields
 * (paths with `prefix` stripped), and returns the message for the whole form, if any is left.
 */
export function applyServerErrors<T extends FieldValues>(
  error: ServiceError,
  setError: UseFormSetError<T>,
  prefix = "",
): string | null {
  if (error.error !== "invalid" || Object.keys(error.fieldErrors).length === 0) {
    return error.message;
  }
  const formLevel: string[] = [];
  let focused = false;
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    const name = path.slice(path.startsWith(prefix) ? prefix.length : 0);
    if (FORM_LEVEL.has(name)) formLevel.push(message);
    else {
      // Focus goes to the first refused field, which announces its error (WCAG 3.3.1).
      setError(name as FieldPath<T>, { message }, { shouldFocus: !focused });
      focused = true;
    }
  }
  return formLevel.length > 0 ? formLevel.join(" ") : null;
}
