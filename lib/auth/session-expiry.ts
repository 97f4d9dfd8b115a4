import "server-only";
import { db } from "@/lib/db";
import { SESSION_TTL_MS } from "./sessions";

/**
 * The session's time limit, as WCAG 2.2.1 wants it: the page warns before it acts
 * (components/layout/session-timeout.tsx) and the person may extend it, as often as they like,
 * up to SESSION_MAX_MS after signing in. That cap is WCAG's "20 hour exception", and it keeps a
 * stolen session cookie from being kept alive for ever by asking again.
 */
export const SESSION_MAX_MS = 24 * 60 * 60 * 1000;

/**
 * Gives a live session a full lifetime again from `now`, never past SESSION_MAX_MS after it
 * began; returns its new end, or null when the session is no longer live (ended or expired
 * sessions are never revived).
 */
export async function extendSession(
  sessionId: string,
  userId: string,
  now: Date,
): Promise<Date | null> {
  const live = { id: sessionId, userId, endedAt: null, expiresAt: { gt: now } };
  const session = await db.userSession.findFirst({ where: live, select: { createdAt: true } });
  if (!session) return null;
  const expiresAt = new Date(
    Math.min(now.getTime() + SESSION_TTL_MS, session.createdAt.getTime() + SESSION_MAX_MS),
  );
  const { count } = await db.userSession.updateMany({ where: live, data: { expiresAt } });
  return count === 1 ? expiresAt : null;
}
