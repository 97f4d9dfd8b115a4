import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { optionalPhoneSchema } from "@/lib/catalog/fields";
import { systemClock, type Clock } from "@/lib/clock";
import { invalid, ok, type ServiceResult } from "@/lib/result";
import { verifyPassword } from "./password";
import { passwordSchema } from "./password-rules";
import { setPassword } from "./password-reset";
import { endAllSessions } from "./sessions";

/** What the profile page shows the signed-in user about themself (and no one else). */
export function profileOf(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      cpf: true,
      email: true,
      phone: true,
      organization: { select: { name: true } },
    },
  });
}

/** "Perfil": what the user may change about themself. Role, CPF and organization are not here. */
export const phoneInput = z.strictObject({ phone: optionalPhoneSchema });

export async function updatePhone(
  userId: string,
  input: z.output<typeof phoneInput>,
): Promise<ServiceResult<null>> {
  await db.user.update({ where: { id: userId }, data: { phone: input.phone } });
  return ok(null);
}

export const passwordChangeInput = z.strictObject({
  currentPassword: z.string().min(1, "Informe a senha atual.").max(1024),
  newPassword: z.string().max(1024),
});

/**
 * Changes the password (the current one is required). Ends the user's other sessions; the
 * browser that made the change (`currentSessionId`) stays signed in.
 */
export async function changePassword(
  userId: string,
  input: z.output<typeof passwordChangeInput>,
  currentSessionId: string | null,
  clock: Clock = systemClock,
): Promise<ServiceResult<null>> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { cpf: true, passwordHash: true },
  });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return invalid({ currentPassword: "Senha atual incorreta." });
  }
  const parsed = passwordSchema(user.cpf).safeParse(input.newPassword);
  if (!parsed.success) return invalid({ newPassword: parsed.error.issues[0]!.message });
  await setPassword(userId, parsed.data, clock(), currentSessionId ?? undefined);
  return ok(null);
}

/** "Sair de todos os dispositivos": ends every session of the user, this browser's included. */
export async function signOutEverywhere(
  userId: string,
  clock: Clock = systemClock,
): Promise<ServiceResult<{ ended: number }>> {
  const ended = await db.$transaction((tx) => endAllSessions(tx, userId, clock()));
  return ok({ ended });
}
