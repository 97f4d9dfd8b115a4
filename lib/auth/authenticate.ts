import "server-only";
import { db, type Role } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { maskCpf, parseCpf } from "./cpf";
import { hashPassword, verifyPassword } from "./password";
import { clearFailures, lockedUntil, recordFailure, throttleKeys } from "./throttle";

export type AuthenticatedUser = { id: string; role: Role; sessionVersion: number };

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; error: "invalid-credentials" | "locked"; message: string };

export const INVALID_CREDENTIALS = "CPF ou senha incorretos.";
export const LOCKED = "Muitas tentativas sem sucesso. Aguarde alguns minutos e tente novamente.";

type Dependencies = {
  clock: Clock;
  sleep: (ms: number) => Promise<void>;
  log: (entry: object) => void;
};

const defaults: Dependencies = {
  clock: systemClock,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  log: (entry) => console.warn(JSON.stringify(entry)),
};

// Checked when the CPF matches nobody, so that an unknown CPF costs the same time as a known one.
let dummyHash: Promise<string> | undefined;

/**
 * Checks a CPF and password for sign-in. Every way of failing (malformed CPF, unknown CPF, user
 * without a password or deactivated, wrong password) gives the same answer after the same work;
 * repeated failures are slowed and then refused for a while (see throttle.ts). Failures are
 * logged with the CPF masked, never with the password.
 */
export async function authenticate(
  input: { cpf: string; password: string; address: string },
  dependencies: Partial<Dependencies> = {},
): Promise<AuthenticationResult> {
  const { clock, sleep, log } = { ...defaults, ...dependencies };
  const now = clock();
  const cpf = parseCpf(input.cpf);
  const shownCpf = cpf ? maskCpf(cpf) : "(inválido)";
  const [cpfKey, addressKey] = throttleKeys(cpf ?? input.cpf.trim().slice(0, 32), input.address);

  const until = await lockedUntil([cpfKey!, addressKey!], now);
  if (until) {
    log({
      event: "auth.refused-locked",
      cpf: shownCpf,
      address: input.address,
      until: until.toISOString(),
    });
    return { ok: false, error: "locked", message: LOCKED };
  }

  const user = cpf
    ? await db.user.findUnique({
        where: { cpf },
        select: { id: true, role: true, sessionVersion: true, active: true, passwordHash: true },
      })
    : null;
  // Arguments longer than any allowed password are not worth hashing.
  const password = input.password.slice(0, 1024);
  const matches = await verifyPassword(
    user?.passwordHash ?? (await (dummyHash ??= hashPassword("dummy-password"))),
    password,
  );

  if (user && user.active && user.passwordHash && matches) {
    await clearFailures(cpfKey!);
    return {
      ok: true,
      user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion },
    };
  }
  const { delayMs, locked } = await recordFailure([cpfKey!, addressKey!], now);
  log({ event: locked ? "auth.locked" : "auth.failure", cpf: shownCpf, address: input.address });
  await sleep(delayMs);
  return { ok: false, error: "invalid-credentials", message: INVALID_CREDENTIALS };
}
