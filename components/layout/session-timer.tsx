import { currentSessionId, getCurrentUser } from "@/lib/auth/session";
import { sessionExpiry } from "@/lib/auth/session-expiry";
import { SessionTimeout } from "./session-timeout";

/** The session's warning for a signed-in person (nothing for a visitor). */
export async function SessionTimer() {
  const user = await getCurrentUser();
  const sessionId = user ? await currentSessionId() : null;
  if (!user || !sessionId) return null;
  const now = new Date();
  const expiresAt = await sessionExpiry(sessionId, user.id, now);
  if (!expiresAt) return null;
  return <SessionTimeout remainingMs={expiresAt.getTime() - now.getTime()} />;
}
