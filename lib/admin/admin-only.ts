import "server-only";
import { forbidden, ok, type ServiceResult } from "@/lib/result";
import { refuse, settled } from "@/lib/refusal";
import { recordSecurityEvent } from "@/lib/security/events";
import type { Actor } from "@/lib/tickets/actor";

/**
 * The admin services' own permission check (a service must not rely on its caller): anyone but
 * an admin is refused with a Refusal naming `action` ("user.create", "audit.list"), which the
 * boundary that settles it writes to the security log, where a requester probing the admin's
 * endpoints shows up.
 */
export function requireAdmin(actor: Actor, action: string): void {
  if (actor.role !== "ADMIN") refuse(forbidden(), action);
}

/**
 * `work` settled for `actor`, as an action's boundary would (lib/auth/action.ts): a Refusal
 * becomes its result, and a permission refusal goes to the security log once rolled back. For
 * callers that are not actions: the pages' reads, jobs and tests.
 */
export function settledFor<T>(
  actor: Actor,
  work: Promise<ServiceResult<T>>,
): Promise<ServiceResult<T>> {
  return settled(work, (subject) =>
    recordSecurityEvent({ kind: "permission.refused", actorId: actor.id, subject }),
  );
}

/**
 * An admin read (people, audit entries, panels): its value for an admin, refused for others.
 * Pages call it directly, so it settles itself and gives them a result to show.
 */
export function readAsAdmin<T>(
  actor: Actor,
  action: string,
  read: () => Promise<T>,
): Promise<ServiceResult<T>> {
  return settledFor(
    actor,
    (async () => {
      requireAdmin(actor, action);
      return ok(await read());
    })(),
  );
}
