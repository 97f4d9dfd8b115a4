import "server-only";
import { db } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { log } from "@/lib/log";

/**
 * The security log: refused permission checks, throttled sign-ins, refused cross-origin posts.
 * An admin reads it at /admin/auditoria to see an attack in progress. Never a password, a token
 * or a whole CPF: `subject` holds what was aimed at (a masked CPF, a ticket number, a path).
 */
export type SecurityEventKind =
  | "permission.refused"
  | "login.throttled"
  | "login.failed"
  | "reset.throttled"
  | "origin.refused"
  | "upload.refused";

export type SecurityEventInput = {
  kind: SecurityEventKind;
  actorId?: string | null;
  subject?: string | null;
  address?: string | null;
  detail?: string | null;
};

/** A refused permission check: `subject` is a ticket number, an action or a read. */
export function recordPermissionRefusal(actor: { id: string }, subject: string): Promise<void> {
  return recordSecurityEvent({ kind: "permission.refused", actorId: actor.id, subject });
}

/**
 * Records one event; a failure to record it never turns into a failure of the request it
 * watched, but is itself logged.
 */
export async function recordSecurityEvent(
  event: SecurityEventInput,
  clock: Clock = systemClock,
): Promise<void> {
  await db.securityEvent
    .create({
      data: {
        kind: event.kind,
        actorId: event.actorId ?? null,
        subject: event.subject?.slice(0, 200) ?? null,
        address: event.address?.slice(0, 100) ?? null,
        detail: event.detail?.slice(0, 500) ?? null,
        createdAt: clock(),
      },
    })
    .catch((err: unknown) => log.error({ event: "security-log.failed", kind: event.kind, err }));
}
