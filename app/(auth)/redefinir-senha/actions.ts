"use server";

import { z } from "zod";
import { resetPassword } from "@/lib/auth/password-reset";
import { invalid, type ServiceResult } from "@/lib/result";
import { fieldErrorsOf } from "@/lib/validation";

// A token is 43 base64url characters (32 random bytes); the password policy is the service's.
const input = z.strictObject({
  token: z.string().regex(/^[\w-]{20,100}$/, "Este link está incompleto."),
  password: z.string().max(1024),
});

/** Sets the password with the token of an e-mailed link ("Redefinir senha" and "Definir senha"). */
export async function resetPasswordAction(
  values: unknown,
): Promise<ServiceResult<{ userId: string }>> {
  const parsed = input.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), LINK_INCOMPLETE);
  return resetPassword(parsed.data);
}

const LINK_INCOMPLETE =
  "Este link está incompleto. Abra-o exatamente como veio no e-mail ou peça um novo em “Esqueci minha senha”.";
