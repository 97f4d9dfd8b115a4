import "server-only";
import { forbidden, ok, type ServiceResult } from "@/lib/result";
import { isAdmin } from "@/lib/auth/roles";
import { refuse, settledFor } from "@/lib/refusal";
import type { Actor } from "@/lib/tickets/actor";

/**
 * The admin services' own permission check (a service must not rely on its caller): anyone but
 * an admin is refused with a Refusal naming `action` ("user.create", "audit.list"), which the
 * boundary that settles it writes to the security log, where a requester probing the admin's
 * endpoints shows up.
 */
export function requireAdmin(actor: Actor, action: string): void {
  if (!isAdmin(actor)) refuse(forbidden(), action);
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
