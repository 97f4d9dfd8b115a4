import "server-only";
import { db, type Role } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { recordSecurityEvent } from "@/lib/security/events";
import { maskCpf, parseCpf } from "./cpf";
import { hashPassword, verifyPassword } from "./password";
import {
  accountKey,
  addressKey,
  addressLockedUntil,
  claimAttempt,
  clearAccount,
  delayAfterFailure,
  recordAddressFailure,
} from "./throttle";

export type AuthenticatedUser = { id: string; role: Role };

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; error: "invalid-credentials" | "locked"; message: string };

export const INVALID_CREDENTIALS = "CPF ou senha incorretos.";
export const LOCKED = "Muitas tentativas sem sucesso. Aguarde alguns minutos e tente novamente.";

type Dependencies = { clock: Clock; sleep: (ms: number) => Promise<void> };

const defaults: Dependencies = {
  clock: systemClock,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

// Checked when the CPF matches nobody, so that an unknown CPF costs the same time as a known one.
let dummyHash: Promise<string> | undefined;

/**
 * Checks a CPF and password for sign-in. Every way of failing (malformed CPF, unknown CPF, user
 * without a password or deactivated, wrong password) gives the same answer after the same work.
 * Attempts are throttled per account and per address (throttle.ts); throttled and failed
 * attempts go to the security log with the CPF masked, never with the password.
 */
export async function authenticate(
  input: { cpf: string; password: string; address: string },
  dependencies: Partial<Dependencies> = {},
): Promise<AuthenticationResult> {
  const { clock, sleep } = { ...defaults, ...dependencies };
  const now = clock();
  const cpf = parseCpf(input.cpf);
  // A malformed CPF still has its own turn to take, so it costs what a real one costs.
  const account = accountKey(cpf ?? (input.cpf.replace(/\D/g, "") || "-"));
  const event = { subject: cpf ? maskCpf(cpf) : "(CPF inválido)", address: input.address };

  const addressUntil = await addressLockedUntil(addressKey(input.address), now);
  const claim = addressUntil
    ? { ok: false as const, until: addressUntil }
    : await claimAttempt(account, now);
  if (!claim.ok) {
    const detail = `bloqueado até ${claim.until.toISOString()}`;
    await recordSecurityEvent({ kind: "login.throttled", ...event, detail }, clock);
    return { ok: false, error: "locked", message: LOCKED };
  }

  const user = cpf
    ? await db.user.findUnique({
        where: { cpf },
        select: { id: true, role: true, active: true, passwordHash: true },
      })
    : null;
  const matches = await verifyPassword(
    user?.passwordHash ?? (await (dummyHash ??= hashPassword("dummy-password"))),
    input.password,
  );
  if (user && user.active && user.passwordHash && matches) {
    await clearAccount(account);
    return { ok: true, user: { id: user.id, role: user.role } };
  }

  const addressLocked = await recordAddressFailure(addressKey(input.address), now);
  const detail = `falha ${claim.attempt} seguida${addressLocked ? "; endereço bloqueado" : ""}`;
  await recordSecurityEvent({ kind: "login.failed", ...event, detail }, clock);
  await sleep(delayAfterFailure(claim.attempt));
  return { ok: false, error: "invalid-credentials", message: INVALID_CREDENTIALS };
}
