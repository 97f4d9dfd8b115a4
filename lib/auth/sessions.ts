import "server-only";
import { inSlices } from "@/lib/jobs/slices";
import { db, type Tx } from "@/lib/db";
import { actorOf, actorSelect, type Actor } from "@/lib/tickets/actor";

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
 * and when the session ends; else null. One read for the session and everything a request needs
 * about the person (every page asks for it, and the page's session timer for its end).
 */
export async function liveSession(
  sessionId: string,
  userId: string,
  now: Date,
): Promise<{ user: SessionUser; expiresAt: Date } | null> {
  const row = await db.userSession.findFirst({
    where: { id: sessionId, userId, endedAt: null, expiresAt: { gt: now }, user: { active: true } },
    select: {
      expiresAt: true,
      user: { select: { ...actorSelect, name: true, privacyAckAt: true } },
    },
  });
  return row ? { user: actorOf(row.user), expiresAt: row.expiresAt } : null;
}

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
