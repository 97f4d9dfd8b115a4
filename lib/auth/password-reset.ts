import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/config/env";
import { systemClock, type Clock } from "@/lib/clock";
import { passwordLinkMail } from "@/lib/notifications/account-mails";
import { queueEmails } from "@/lib/notifications/outbox";
import { invalid, ok, type ServiceResult } from "@/lib/result";
import { fieldErrorsOf } from "@/lib/validation";
import { hashPassword, passwordSchema } from "./password";
import { consumeAllowance } from "./throttle";

const TOKEN_TTL_MS = 60 * 60_000;
const HOUR_MS = 60 * 60_000;

/** The answer to every request, whether or not the e-mail belongs to someone. */
export const RESET_REQUESTED =
  "Se este e-mail estiver cadastrado, você receberá em instantes um link para definir sua senha.";
const INVALID_LINK = "Este link não é mais válido. Peça um novo em “Esqueci minha senha”.";

const sha256 = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/**
 * "Esqueci minha senha" and "Primeiro acesso": e-mails a one-hour, single-use link to the
 * account with this e-mail. Answers the same whether or not there is one; the e-mail goes
 * through the outbox, so the answer does not wait for (or tell anything by) the SMTP server.
 * Limited to 3 links per account and 10 requests per address per hour; a new link voids the
 * older ones.
 */
export async function requestPasswordReset(
  input: { email: string; address: string },
  clock: Clock = systemClock,
): Promise<ServiceResult<{ message: string }>> {
  const email = z.email().safeParse(input.email.trim().toLowerCase());
  if (!email.success) return invalid({ email: "Informe um e-mail válido." });
  const now = clock();

  if (!(await consumeAllowance(`reset-ip:${input.address}`, 10, HOUR_MS, now))) {
    return ok({ message: RESET_REQUESTED });
  }
  const user = await db.user.findUnique({
    where: { email: email.data },
    select: { id: true, name: true, active: true },
  });
  if (!user?.active || !(await consumeAllowance(`reset-user:${user.id}`, 3, HOUR_MS, now))) {
    return ok({ message: RESET_REQUESTED });
  }

  const token = crypto.randomBytes(32).toString("base64url");
  const mail = passwordLinkMail({
    name: user.name,
    link: `${env.appUrl}/redefinir-senha?token=${token}`,
  });
  await db.$transaction(async (tx) => {
    await voidTokens(tx, user.id, now);
    await tx.passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash: sha256(token),
        expiresAt: new Date(now.getTime() + TOKEN_TTL_MS),
        createdAt: now,
      },
    });
    await queueEmails(
      tx,
      [
        {
          kind: "account.password_link",
          to: { address: email.data, name: user.name, userId: user.id },
          ...mail,
          sensitive: true,
        },
      ],
      now,
    );
  });
  return ok({ message: RESET_REQUESTED });
}

/** Sets a new password with a link's token; the token, and every other of the user's, is spent. */
export async function resetPassword(
  input: { token: string; password: string },
  clock: Clock = systemClock,
): Promise<ServiceResult<{ userId: string }>> {
  const now = clock();
  const record = await db.passwordResetToken.findUnique({
    where: { tokenHash: sha256(input.token) },
    include: { user: { select: { id: true, cpf: true, active: true } } },
  });
  if (!record || record.usedAt || record.expiresAt <= now || !record.user.active) {
    return invalid({ token: INVALID_LINK }, INVALID_LINK);
  }
  const parsed = z.object({ password: passwordSchema(record.user.cpf) }).safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  await setPassword(record.user.id, parsed.data.password, now);
  return ok({ userId: record.user.id });
}

/**
 * Stores a new password: ends the user's other sessions (their session version moves on) and
 * voids every reset link they still had.
 */
export async function setPassword(userId: string, password: string, now: Date): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await voidTokens(tx, userId, now);
  });
}

function voidTokens(tx: Tx, userId: string, now: Date) {
  return tx.passwordResetToken.updateMany({
    where: { userId, usedAt: null },
    data: { usedAt: now },
  });
}
