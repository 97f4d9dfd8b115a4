import { currentSession } from "@/lib/auth/session";
import { SessionTimeout } from "./session-timeout";

/** The session's warning for a signed-in person (nothing for a visitor). */
export async function SessionTimer() {
  const session = await currentSession();
  if (!session) return null;
  const now = new Date();
  return <SessionTimeout remainingMs={session.expiresAt.getTime() - now.getTime()} />;
}
