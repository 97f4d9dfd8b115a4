import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import type { ServiceError } from "@/lib/result";

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
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    setError(path.slice(path.startsWith(prefix) ? prefix.length : 0) as FieldPath<T>, { message });
  }
  return null;
}
