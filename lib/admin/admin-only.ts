import { forbidden, type ServiceError } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";

/**
 * The admin services' own permission check (the actions check the role too, but a service must
 * not rely on its caller): anyone but an admin is refused.
 */
export function refuseNonAdmin(actor: Actor): ServiceError | null {
  return actor.role === "ADMIN" ? null : forbidden();
}
