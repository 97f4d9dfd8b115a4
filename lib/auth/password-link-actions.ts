"use server";

import { z } from "zod";
import { publicAction } from "@/lib/auth/action";
import { resetPassword } from "@/lib/auth/password-reset";

// A token is 43 base64url characters (32 random bytes); the password policy is the service's.
const input = z.strictObject({
  token: z.string().regex(/^[\w-]{20,100}$/, "Este link está incompleto."),
  password: z.string().max(1024),
});

const LINK_INCOMPLETE =
  "Este link está incompleto. Abra-o exatamente como veio no e-mail ou peça um novo em “Esqueci minha senha”.";

/** Sets the password with the token of an e-mailed link ("Redefinir senha" and "Definir senha"). */
export const resetPasswordAction = publicAction(
  { name: "password.reset", schema: input, message: LINK_INCOMPLETE },
  resetPassword,
);
