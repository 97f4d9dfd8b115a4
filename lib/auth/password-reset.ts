import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { passwordLinkMail } from "@/lib/notifications/account-mails";
import { queueEmails } from "@/lib/notifications/outbox";
import { invalid, ok, type ServiceResult } from "@/lib/result";
import { recordSecurityEvent } from "@/lib/security/events";
import { singleLine } from "@/lib/validation";
import { hashPassword, passwordSchema } from "./password";
import { newLink, sha256, spendLink, storeLink, voidLinks } from "./password-tokens";
import { endAllSessions } from "./sessions";
import { consumeAllowance } from "./throttle";

const HOUR_MS = 60 * 60_000;

/** The answer to every request, whether or not the e-mail belongs to someone. */
export const RESET_REQUESTED =
  "Se este e-mail estiver cadastrado, você receberá em instantes um link para definir sua senha.";
const INVALID_LINK = "Este link não é mais válido. Peça um novo em “Esqueci minha senha”.";

export const emailSchema = singleLine(254, "O e-mail")
  .transform((email) => email.toLowerCase())
  .pipe(z.email("Informe um e-mail válido."));

/**
 * "Esqueci minha senha" and "Primeiro acesso": e-mails a one-hour, single-use link to the
 * account with this e-mail. Limited to 3 links per e-mail and 10 requests per address per hour;
 * a new link voids the older ones. Known and unknown e-mails get the same answer after the same
 * work (an allowance keyed by the e-mail's hash, a token made and hashed, the same writes), so
 * neither the answer nor its time tells whether an account exists; the e-mail goes through the
 * outbox, so the answer never waits for the SMTP server either.
 */
export async function requestPasswordReset(
  input: { email: string; address: string },
  clock: Clock = systemClock,
): Promise<ServiceResult<{ message: string }>> {
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success) return invalid({ email: "Informe um e-mail válido." });
  const email = parsed.data;
  const now = clock();
  const answer = ok({ message: RESET_REQUESTED });
  const refused = (detail: string) =>
    recordSecurityEvent(
      { kind: "reset.throttled", subject: maskEmail(email), address: input.address, detail },
      clock,
    ).then(() => answer);

  if (!(await consumeAllowance(`reset-ip:${input.address}`, 10, HOUR_MS, now))) {
    return refused("limite de pedidos por endereço");
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, active: true },
  });
  const allowed = await consumeAllowance(`reset-email:${sha256(email)}`, 3, HOUR_MS, now);
  const { tokenHash, link } = newLink("RESET");
  if (!allowed) return refused("limite de pedidos por e-mail");

  const target = user?.active ? user : null;
  await db.$transaction(async (tx) => {
    if (!target) return decoyWrites(tx, tokenHash, now);
    await storeLink(tx, { userId: target.id, tokenHash, purpose: "RESET" }, now);
    await queueEmails(tx, [passwordMail(target, email, link, "RESET")], now);
  });
  return answer;
}

/**
 * For an e-mail of nobody: the three writes a real link makes (void the older links, store the
 * new one, queue the e-mail), on the same tables, matching no row, so that the answer takes
 * the same round trips.
 */
async function decoyWrites(tx: Tx, tokenHash: string, now: Date) {
  await voidLinks(tx, "", now);
  await tx.passwordResetToken.updateMany({ where: { tokenHash }, data: { usedAt: now } });
  await tx.outboxMessage.updateMany({ where: { id: "" }, data: { sensitive: true } });
}

/** The outbox entry of a password link; sensitive, so its text is wiped once delivered. */
export function passwordMail(
  user: { id: string; name: string },
  email: string,
  link: string,
  purpose: "RESET" | "SET",
) {
  return {
    kind: "account.password_link",
    to: { address: email, name: user.name, userId: user.id },
    ...passwordLinkMail({ name: user.name, link, purpose }),
    sensitive: true,
  };
}

/** "requerente@prefeitura.example" -> "r***@prefeitura.example", for the security log. */
function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

class LinkSpent extends Error {}

/**
 * Sets a new password with a link's token. The token is spent in the same transaction as the
 * password is written, by a conditional update, so of simultaneous uses exactly one succeeds.
 * A password that breaks the policy does not spend it. Ends every session of the user.
 */
export async function resetPassword(
  input: { token: string; password: string },
  clock: Clock = systemClock,
): Promise<ServiceResult<{ userId: string }>> {
  const now = clock();
  const tokenHash = sha256(input.token);
  const record = await db.passwordResetToken.findUnique({
    where: { tokenHash },
    select: {
      usedAt: true,
      expiresAt: true,
      user: { select: { id: true, cpf: true, active: true } },
    },
  });
  if (!record || record.usedAt || record.expiresAt <= now || !record.user.active) {
    return invalid({ token: INVALID_LINK }, INVALID_LINK);
  }
  const password = passwordSchema(record.user.cpf).safeParse(input.password);
  if (!password.success) return invalid({ password: password.error.issues[0]!.message });
  const passwordHash = await hashPassword(password.data);
  try {
    await db.$transaction(async (tx) => {
      if (!(await spendLink(tx, tokenHash, now))) throw new LinkSpent();
      await storePassword(tx, record.user.id, passwordHash, now);
    });
  } catch (error) {
    if (error instanceof LinkSpent) return invalid({ token: INVALID_LINK }, INVALID_LINK);
    throw error;
  }
  return ok({ userId: record.user.id });
}

/**
 * Stores a new password: voids every link the user still had and ends their sessions, but
 * `keepSessionId` (the browser that changed its own password on the profile page).
 */
export async function setPassword(
  userId: string,
  password: string,
  now: Date,
  keepSessionId?: string,
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.$transaction((tx) => storePassword(tx, userId, passwordHash, now, keepSessionId));
}

async function storePassword(
  tx: Tx,
  userId: string,
  passwordHash: string,
  now: Date,
  keepSessionId?: string,
) {
  await tx.user.update({ where: { id: userId }, data: { passwordHash } });
  await voidLinks(tx, userId, now);
  await endAllSessions(tx, userId, now, keepSessionId);
}
