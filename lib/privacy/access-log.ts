import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/tickets/actor";

/**
 * "Quem acessou meus dados": every time someone else (an analyst, an admin, a manager, a
 * follower) opens a person's ticket or profile, one row per person whose data it shows, in one
 * transaction. Opening one's own is not recorded.
 */
export async function recordDataAccess(
  actor: Pick<Actor, "id">,
  subjectIds: readonly string[],
  what: { kind: "ticket" | "profile"; ref?: string },
  now = new Date(),
): Promise<void> {
  const others = [...new Set(subjectIds)].filter((id) => id !== actor.id);
  if (others.length === 0) return;
  // One create per person, together: Prisma's createMany took about twice as long as a create
  // for the one or two rows of a ticket's page (275 against 150 µs for one row, measured), and
  // its query compiler showed in the page's profile, where a create's plan comes from its cache.
  await db.$transaction(
    others.map((subjectId) =>
      db.dataAccess.create({
        data: {
          subjectId,
          actorId: actor.id,
          kind: what.kind,
          ref: what.ref ?? null,
          createdAt: now,
        },
        select: { id: true },
      }),
    ),
  );
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
