import "server-only";
import type { ServiceError, ServiceResult } from "@/lib/result";
import { recordPermissionRefusal } from "@/lib/security/events";

/**
 * The one way a service refuses a change: it throws a Refusal, wherever it is, so that a
 * transaction it is inside rolls back and nothing of the refused change (audit included) is
 * written. Returning an error from inside `$transaction` would commit what ran before it.
 *
 * The action boundary (`authorizedAction`, lib/auth/action.ts) turns it into the form's message
 * with `settled`; a caller that is not an action (a job, a test, the e-mail reader) does the same.
 * `securitySubject` names what was refused (a ticket number, an action) when the refusal is a
 * permission one: the boundary writes it to the security log after the rollback.
 */
export class Refusal extends Error {
  constructor(
    readonly result: ServiceError,
    readonly securitySubject?: string,
  ) {
    super(result.message);
    this.name = "Refusal";
  }
}

/** Throws `result` as a Refusal: `refuse(invalid({ cpf: "CPF já cadastrado." }))`. */
export function refuse(result: ServiceError, securitySubject?: string): never {
  throw new Refusal(result, securitySubject);
}

/**
 * The service's answer as a result: its value, or the Refusal it threw. `onSecurityRefusal`
 * records a permission refusal, once the refused transaction has rolled back.
 */
export async function settled<T>(
  work: Promise<ServiceResult<T>>,
  onSecurityRefusal?: (subject: string) => Promise<void>,
): Promise<ServiceResult<T>> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    if (error.securitySubject && onSecurityRefusal) await onSecurityRefusal(error.securitySubject);
    return error.result;
  }
}

/**
 * `work` settled for `actor`, as an action's boundary would (lib/auth/action.ts): a Refusal
 * becomes its result, and a permission refusal goes to the security log once rolled back. For
 * the action boundary (lib/auth/action.ts), pages' reads, jobs and tests.
 */
export function settledFor<T>(
  actor: { id: string },
  work: Promise<ServiceResult<T>>,
): Promise<ServiceResult<T>> {
  return settled(work, (subject) => recordPermissionRefusal(actor, subject));
}
