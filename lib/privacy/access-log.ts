import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/tickets/actor";

/**
 * "Quem acessou meus dados": every time someone else (an analyst, an admin, a manager, a
 * follower) opens a person's ticket or profile, one row per person whose data it shows, in one
 * insert. Opening one's own is not recorded.
 */
export async function recordDataAccess(
  actor: Pick<Actor, "id">,
  subjectIds: readonly string[],
  what: { kind: "ticket" | "profile"; ref?: string },
  now = new Date(),
): Promise<void> {
  const others = [...new Set(subjectIds)].filter((id) => id !== actor.id);
  if (others.length === 0) return;
  await db.dataAccess.createMany({
    data: others.map((subjectId) => ({
      subjectId,
      actorId: actor.id,
      kind: what.kind,
      ref: what.ref ?? null,
      createdAt: now,
    })),
  });
}

/** The person's own access log, newest first (the profile shows the latest; the export all). */
export function accessesOf(userId: string, take?: number) {
  return db.dataAccess.findMany({
    where: { subjectId: userId },
    select: {
      id: true,
      kind: true,
      ref: true,
      createdAt: true,
      actor: { select: { name: true, role: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
}
