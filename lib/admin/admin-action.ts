import "server-only";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import type { CurrentUser } from "@/lib/auth/session";
import { once, requestKeySchema } from "@/lib/forms/request-key";
import type { ServiceResult } from "@/lib/result";

/** A record's id as the admin forms send it back (cuid). */
export const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Registro inválido.");

/**
 * The one schema of an admin editor's save: its request key, the record's id (none for a new
 * one) and the form's values, checked by the domain schema (`savedForm(userInput)`). Parsed once
 * by the action, so the service receives typed values.
 */
export function savedForm<V extends z.ZodType>(values: V) {
  return z.strictObject({ key: requestKeySchema, id: recordId.optional(), values });
}

/** What a save service receives: the record's id (none for a new one) and the parsed values. */
export type Saved<V> = { id?: string; values: V };

type Options<S extends z.ZodType> = {
  /** What the action does, as the security log names it ("user.save"). */
  action: string;
  schema: S;
  /** Replaceable for tests, as in authorizedAction. */
  currentUser?: () => Promise<CurrentUser | null>;
};

/**
 * An admin server action: authorizedAction with the admin role and the action's name, which the
 * logs and the security log (for a refused non-admin) give it.
 */
export function adminAction<S extends z.ZodType, T>(
  { action, schema, currentUser }: Options<S>,
  handler: (user: CurrentUser, input: z.output<S>) => Promise<ServiceResult<T>>,
): (input: unknown) => Promise<ServiceResult<T>> {
  return authorizedAction({ name: action, roles: ["ADMIN"], schema, currentUser }, handler);
}

/**
 * An admin action that saves a form once per request key: a double click or a retried request
 * gets the first result back instead of a second record (lib/forms/request-key.ts).
 */
export function adminSaveAction<S extends z.ZodType<{ key: string }>, T>(
  options: Options<S>,
  handler: (user: CurrentUser, input: z.output<S>) => Promise<ServiceResult<T>>,
): (input: unknown) => Promise<ServiceResult<T>> {
  return adminAction(options, (user, input) =>
    once({ key: input.key, userId: user.id, action: options.action }, () => handler(user, input)),
  );
}
