import "server-only";
import { forbidden, ok, type ServiceError, type ServiceResult } from "@/lib/result";
import { recordSecurityEvent } from "@/lib/security/events";
import type { Actor } from "@/lib/tickets/actor";

/**
 * The admin services' own permission check (a service must not rely on its caller): anyone but
 * an admin is refused, and the refusal goes to the security log, where a requester probing the
 * admin's endpoints shows up. `action` names what was attempted ("user.create", "audit.list").
 */
export async function refuseNonAdmin(
  actor: Actor,
  action: string,
  address?: string | null,
): Promise<ServiceError | null> {
  if (actor.role === "ADMIN") return null;
  await recordSecurityEvent({
    kind: "permission.refused",
    actorId: actor.id,
    subject: action,
    address,
  });
  return forbidden();
}

/** An admin read (people, audit entries, panels): its value for an admin, refused for others. */
export async function readAsAdmin<T>(
  actor: Actor,
  action: string,
  read: () => Promise<T>,
): Promise<ServiceResult<T>> {
  const refused = await refuseNonAdmin(actor, action);
  return refused ?? ok(await read());
}
