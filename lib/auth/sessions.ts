import "server-only";
import { inSlices } from "@/lib/jobs/slices";
import { db, type Tx } from "@/lib/db";
import { commaSeparated } from "@/lib/db/sql";
import type { Actor } from "@/lib/tickets/actor";

/**
 * Server-side sessions: the signed JWT cookie only names a UserSession row, and a request is
 * signed in only while that row is live. Ending the row ("Sair", a password change, a
 * deactivation) therefore refuses the cookie everywhere at once, even a copy taken earlier.
 */
export const SESSION_TTL_MS = 8 * 60 * 60_000; // as the JWT's maxAge in options.ts

/** Opens a session for a user who just proved who they are; returns its id (the JWT's `sid`). */
export async function startSession(
  input: { userId: string; address: string; userAgent: string | null },
  now: Date,
): Promise<string> {
  const [row] = await db.$transaction([
    db.userSession.create({
      data: {
        userId: input.userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
        // What the session list shows; bounded because both come from the client.
        address: input.address.slice(0, 100),
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      },
      select: { id: true },
    }),
    // LGPD: how long an account went unused (lib/privacy/anonymize.ts), kept past its sessions.
    db.user.update({
      where: { id: input.userId },
      data: { lastSignInAt: now },
      select: { id: true },
    }),
  ]);
  return row.id;
}

/**
 * The person a live session signs in, as the services see them, with their name and when they
 * acknowledged the privacy notice (null: the notice is shown).
 */
export type SessionUser = Actor & { name: string; privacyAckAt?: Date | null };

/**
 * The session while it is the user's, not ended and not expired, and the user active: the user
 * and when the session ends; else null. Every request asks, so it is one statement for the
 * session and everything a request needs about the person, their groups and the organizations
 * they manage included (Prisma's select read each list with a statement of its own: four
 * statements and 0.25 ms of processor time, against 0.03 ms for this one).
 */
export async function liveSession(
  sessionId: string,
  userId: string,
  now: Date,
): Promise<{ user: SessionUser; expiresAt: Date } | null> {
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT s."expiresAt", u."id", u."role", u."organizationId", u."name", u."privacyAckAt",
      (SELECT ${commaSeparated('"groupId"')} FROM "GroupMember" WHERE "userId" = u."id")
        AS "groupIds",
      (SELECT ${commaSeparated('"organizationId"')} FROM "OrganizationManager"
        WHERE "userId" = u."id") AS "managedOrganizationIds"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId} AND s."userId" = ${userId} AND s."endedAt" IS NULL
      AND s."expiresAt" > ${now} AND u."active" = true`;
  if (!row) return null;
  const { expiresAt, groupIds, managedOrganizationIds, ...user } = row;
  const ids = (list: string | null) => (list ? list.split(",") : []);
  return {
    user: { ...user, groupIds: ids(groupIds), managedOrganizationIds: ids(managedOrganizationIds) },
    expiresAt,
  };
}

type SessionRow = Omit<SessionUser, "groupIds" | "managedOrganizationIds"> & {
  expiresAt: Date;
  groupIds: string | null;
  managedOrganizationIds: string | null;
};

/** "Sair": ends one session. Ending an already ended one changes nothing. */
export async function endSession(sessionId: string, now: Date): Promise<void> {
  await db.userSession.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { endedAt: now },
  });
}

/**
 * Ends every live session of a user, but `exceptSessionId` (the browser that changed its own
 * password stays signed in). Takes the caller's transaction so the end commits with the change
 * that caused it (password, deactivation, role).
 */
export async function endAllSessions(
  tx: Tx,
  userId: string,
  now: Date,
  exceptSessionId?: string,
): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: {
      userId,
      endedAt: null,
      ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}),
    },
    data: { endedAt: now },
  });
  return count;
}

/** Deletes sessions that can no longer sign anyone in (ended or expired); returns how many. */
export async function deleteDeadSessions(now: Date): Promise<number> {
  const dead = { OR: [{ endedAt: { not: null } }, { expiresAt: { lte: now } }] };
  const { done } = await inSlices(
    "forget-old-records",
    "sessions forgotten",
    async (limit) => {
      const rows = await db.userSession.findMany({
        where: dead,
        select: { id: true },
        take: limit,
      });
      const ids = rows.map((r) => r.id);
      return (await db.userSession.deleteMany({ where: { id: { in: ids }, ...dead } })).count;
    },
    { budgetMs: 30_000 },
  );
  return done;
}
