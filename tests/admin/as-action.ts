import type { z } from "zod";
import type { Saved } from "@/lib/admin/admin-action";
import { authorizedAction } from "@/lib/auth/action";
import type { ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";

/**
 * Calls a service the way its action does (lib/auth/action.ts): the input parsed once with the
 * action's schema, a thrown Refusal settled into the result and a permission refusal written to
 * the security log; without the action's role check, so that what is tested is the service's own.
 */
export function asAction<S extends z.ZodType, T>(
  schema: S,
  service: (actor: Actor, input: z.output<S>) => Promise<ServiceResult<T>>,
) {
  return (actor: Actor, input: z.input<S>) =>
    authorizedAction(
      { schema, currentUser: async () => ({ ...actor, name: "Pessoa de teste" }) },
      service,
    )(input);
}

/**
 * A save service called as its editor's action: the form's values parsed with `schema`, the
 * record's id (and the item's version) beside them, as `savedForm` gives them.
 */
export function asSave<S extends z.ZodType, T>(
  schema: S,
  service: (
    actor: Actor,
    input: Saved<z.output<S>> & { version?: string },
  ) => Promise<ServiceResult<T>>,
) {
  return (actor: Actor, values: z.input<S>, record: { id?: string; version?: string } = {}) =>
    asAction(schema, (user, parsed: z.output<S>) => service(user, { ...record, values: parsed }))(
      actor,
      values,
    );
}
