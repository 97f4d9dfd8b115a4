import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { optionalPhoneSchema } from "@/lib/catalog/fields";
import { systemClock, type Clock } from "@/lib/clock";
import { invalid, ok, type ServiceResult } from "@/lib/result";
import { fieldErrorsOf } from "@/lib/validation";
import { verifyPassword } from "./password";
import { passwordSchema } from "./password-rules";
import { setPassword } from "./password-reset";

/** "Perfil": what the user may change about themself. Role, CPF and organization are not here. */
export const phoneInput = z.object({ phone: optionalPhoneSchema });

export async function updatePhone(
  userId: string,
  input: z.output<typeof phoneInput>,
): Promise<ServiceResult<null>> {
  await db.user.update({ where: { id: userId }, data: { phone: input.phone } });
  return ok(null);
}

export const passwordChangeInput = z.object({
  currentPassword: z.string().min(1, "Informe a senha atual."),
  newPassword: z.string(),
});

/** Changes the password (the current one is required); ends the user's other sessions. */
export async function changePassword(
  userId: string,
  input: z.output<typeof passwordChangeInput>,
  clock: Clock = systemClock,
): Promise<ServiceResult<null>> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { cpf: true, passwordHash: true },
  });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return invalid({ currentPassword: "Senha atual incorreta." });
  }
  const parsed = z.object({ newPassword: passwordSchema(user.cpf) }).safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  await setPassword(userId, parsed.data.newPassword, clock());
  return ok(null);
}
