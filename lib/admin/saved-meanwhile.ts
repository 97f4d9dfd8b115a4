import { isUniqueViolation } from "@/lib/db";
import { refuse } from "@/lib/refusal";
import { invalid, type ServiceResult } from "@/lib/result";

/**
 * Runs an admin save whose unique values (a name, a CPF, a slug) were checked by query first:
 * two admins saving the same value at once both pass the check, and the second is refused by
 * the index, its transaction rolled back. That refusal becomes a message instead of an error page.
 */
export async function refusingConcurrentDuplicates<T>(
  save: () => Promise<ServiceResult<T>>,
  message = "Outro administrador acabou de salvar estes dados. Confira e tente de novo.",
): Promise<ServiceResult<T>> {
  try {
    return await save();
  } catch (error) {
    if (isUniqueViolation(error)) refuse(invalid({}, message));
    throw error;
  }
}
