import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { db, type Role } from "@/lib/db";
import { loadActor, type Actor } from "@/lib/tickets/actor";
import { authOptions } from "./options";

export type CurrentUser = Actor & { name: string };

/**
 * The signed-in user, checked against the database on every request: a session whose user was
 * deactivated, changed role or changed password since (session version) counts as signed out.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    select: { name: true, active: true, role: true, sessionVersion: true },
  });
  if (
    !user?.active ||
    user.role !== session.user.role ||
    user.sessionVersion !== session.user.sessionVersion
  ) {
    return null;
  }
  const actor = await loadActor(session.user.id);
  return actor && { ...actor, name: user.name };
}

/** The signed-in user, or a redirect to /login that comes back to `path` afterwards. */
export async function requireUser(path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}

/** The signed-in user if their role is one of `roles`; other roles get the 403 page. */
export async function requireRole(path: string, ...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser(path);
  if (!roles.includes(user.role)) forbidden();
  return user;
}

/** Where each role starts. */
export const HOME_OF: Record<Role, string> = { REQUESTER: "/", AGENT: "/agente", ADMIN: "/admin" };
