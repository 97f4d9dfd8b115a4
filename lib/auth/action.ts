import "server-only";
import type { z } from "zod";
import type { Role } from "@/lib/db";
import { forbidden, invalid, type ServiceResult } from "@/lib/result";
import { fieldErrorsOf } from "@/lib/validation";
import { getCurrentUser, type CurrentUser } from "./session";

export const SESSION_EXPIRED = "Sua sessão expirou. Entre novamente.";

/**
 * Wraps a server action: a server action is a public HTTP endpoint, so the session and role are
 * checked before the input is even parsed, then the input is validated with `schema`; every
 * refusal is a typed result the form can show. `currentUser` is replaceable for tests.
 */
export function authorizedAction<S extends z.ZodType, T>(
  options: { roles?: readonly Role[]; schema: S; currentUser?: () => Promise<CurrentUser | null> },
  handler: (user: CurrentUser, input: z.output<S>) => Promise<ServiceResult<T>>,
): (input: unknown) => Promise<ServiceResult<T>> {
  const { roles, schema, currentUser = getCurrentUser } = options;
  return async (input) => {
    const user = await currentUser();
    if (!user) return forbidden(SESSION_EXPIRED);
    if (roles && !roles.includes(user.role)) return forbidden();
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
    return handler(user, parsed.data);
  };
}
