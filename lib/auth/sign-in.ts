import "server-only";
import { z } from "zod";
import { systemClock, type Clock } from "@/lib/clock";
import type { Role } from "@/lib/db";
import { authenticate, INVALID_CREDENTIALS } from "./authenticate";
import { startSession } from "./sessions";

/**
 * What the login form posts. Exact types: a CPF is a short string of digits, dots and a dash
 * (never an array or a number), a password a bounded string (argon2 would take a megabyte).
 */
const credentialsInput = z.strictObject({
  cpf: z
    .string()
    .trim()
    .max(14)
    .regex(/^[\d.-]+$/),
  password: z.string().min(1).max(1024),
});

export type SignedIn = { id: string; role: Role; sid: string };

/**
 * Sign-in by CPF and password: on success opens a server-side session (sessions.ts) whose id
 * goes into the JWT. Malformed input gets the same answer as a wrong password.
 */
export async function signInWithPassword(
  credentials: { cpf: unknown; password: unknown },
  client: { address: string; userAgent: string | null },
  clock: Clock = systemClock,
): Promise<{ ok: true; user: SignedIn } | { ok: false; message: string }> {
  const parsed = credentialsInput.safeParse(credentials);
  if (!parsed.success) return { ok: false, message: INVALID_CREDENTIALS };
  const result = await authenticate({ ...parsed.data, address: client.address }, { clock });
  if (!result.ok) return { ok: false, message: result.message };
  const sid = await startSession({ userId: result.user.id, ...client }, clock());
  return { ok: true, user: { ...result.user, sid } };
}
