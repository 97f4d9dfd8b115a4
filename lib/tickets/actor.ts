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
  /** "Gestor da organização": the organizations whose every ticket this requester may read. */
  managedOrganizationIds: string[];
};

/** The Actor's columns of a user, for a Prisma select. */
export const actorSelect = {
  id: true,
  role: true,
  organizationId: true,
  groups: { select: { groupId: true } },
  managerOf: { select: { organizationId: true } },
} as const;

/** A user row read with actorSelect as an Actor. */
export function actorOf<
  U extends { groups: { groupId: string }[]; managerOf: { organizationId: string }[] },
>({ groups, managerOf, ...user }: U) {
  return {
    ...user,
    groupIds: groups.map((g) => g.groupId),
    managedOrganizationIds: managerOf.map((m) => m.organizationId),
  };
}

/** The active user with this id as an Actor, or null (unknown or deactivated users act on nothing). */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findFirst({
    where: { id: userId, active: true },
    select: actorSelect,
  });
  return user ? actorOf(user) : null;
}
