import "server-only";
import { decode } from "next-auth/jwt";
import { systemClock, type Clock } from "@/lib/clock";
import { env } from "@/lib/config/env";

/** What a session cookie names: the user and their session row (lib/auth/sessions.ts). */
export type CookieClaims = { uid: string; sid: string };

type Kept = CookieClaims & { expiresAt: number };

/** About 1 MB at most: a cookie is some 400 characters. */
const KEPT_COOKIES = 2_000;
const kept = new Map<string, Kept>();

/**
 * The claims of a session cookie, or null when it does not decrypt (forged, or sealed with another
 * secret) or has expired. Decrypting costs a key derivation (HKDF) and an AES-GCM decryption, 2–3%
 * of a page's CPU, and a person sends the same cookie with every request until next-auth renews
 * it: so the claims of the last cookies that decrypted are kept, with their expiry, which is
 * checked at every use. Only the decryption is spared; the session row, which "Sair" and a password
 * change end, is still read at every request.
 */
export async function sessionCookieClaims(
  cookie: string,
  clock: Clock = systemClock,
): Promise<CookieClaims | null> {
  const known = kept.get(cookie);
  if (known) {
    if (known.expiresAt > clock().getTime()) return known;
    kept.delete(cookie);
    return null;
  }
  const claims = await decode({ token: cookie, secret: env.authSecret }).catch(() => null);
  if (!claims?.uid || !claims.sid || typeof claims.exp !== "number") return null;
  // The oldest goes first (a Map keeps the order of insertion).
  if (kept.size >= KEPT_COOKIES) kept.delete(kept.keys().next().value!);
  const entry: Kept = { uid: claims.uid, sid: claims.sid, expiresAt: claims.exp * 1000 };
  kept.set(cookie, entry);
  return entry;
}
