import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "./roles";
import { recordSecurityEvent } from "@/lib/security/events";
import { clientAddress } from "./client-address";
import { authOptions } from "./options";
import { liveSessionUser, type SessionUser } from "./sessions";

export type CurrentUser = SessionUser;

/** The session id (`sid`) named by this request's cookie, unchecked; null without a cookie. */
export async function currentSessionId(): Promise<string | null> {
  const session = await getServerSession(authOptions);
  return session?.user?.sid ?? null;
}

/**
 * The signed-in user, checked against the database on every request: the cookie's session row
 * must be the user's, not ended and not expired (ended by "Sair", a password change, a
 * deactivation or a role change), and the user active. Read once per request (React's cache):
 * the top bar and the page ask for the same person.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const { id, sid } = session?.user ?? {};
  if (!id || !sid) return null;
  return liveSessionUser(sid, id, new Date());
});

/** The signed-in user, or a redirect to /login that comes back to `path` afterwards. */
export async function requireUser(path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}

/**
 * The signed-in user if their role is one of `roles`; other roles get the 403 page, and the
 * attempt goes to the security log (someone probing the admin console shows up there).
 */
export async function requireRole(path: string, ...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser(path);
  if (!roles.includes(user.role)) {
    await recordSecurityEvent({
      kind: "permission.refused",
      actorId: user.id,
      subject: path,
      address: await clientAddress(),
    });
    forbidden();
  }
  return user;
}

/** Where each role starts. */
export const HOME_OF: Record<Role, string> = { REQUESTER: "/", AGENT: "/agente", ADMIN: "/admin" };
