import "server-only";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";

/** The signed-in user as the ticket services see them. */
export type Actor = {
  id: string;
  role: Role;
  organizationId: string | null;
  /** Support groups the user belongs to (agents). */
  groupIds: string[];
};

/** The active user with this id as an Actor, or null (unknown or deactivated users act on nothing). */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findFirst({
    where: { id: userId, active: true },
    select: { id: true, role: true, organizationId: true, groups: { select: { groupId: true } } },
  });
  if (!user) return null;
  return {
    id: user.id,
    role: user.role,
    organizationId: user.organizationId,
    groupIds: user.groups.map((g) => g.groupId),
  };
}
