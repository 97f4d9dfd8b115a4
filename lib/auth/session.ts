import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "./roles";
import { recordSecurityEvent } from "@/lib/security/events";
import { clientAddress } from "./client-address";
import { SESSION_COOKIE } from "./options";
import { sessionCookieClaims } from "./session-cookie";
import { liveSession, type SessionUser } from "./sessions";

export type CurrentUser = SessionUser;

/**
 * This request's session, checked against the database: the cookie's session row must be the
 * user's, not ended and not expired (ended by "Sair", a password change, a deactivation or a role
 * change), and the user active. Null for a visitor. Read once per request (React's cache): the
 * top bar, the page and the session timer ask for it.
 *
 * The cookie is only decoded (decrypted, and its expiry checked; lib/auth/session-cookie.ts):
 * next-auth's getServerSession also encrypts a renewed cookie on every call, which a page cannot
 * set; the cookie is renewed where the browser asks next-auth for its session.
 */
export const currentSession = cache(async () => {
  const cookie = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!cookie) return null;
  const claims = await sessionCookieClaims(cookie);
  if (!claims) return null;
  const live = await liveSession(claims.sid, claims.uid, new Date());
  return live && { ...live, sessionId: claims.sid };
});

/** The signed-in user (see currentSession), or null. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return (await currentSession())?.user ?? null;
}

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
