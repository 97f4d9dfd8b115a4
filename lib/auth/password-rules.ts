import { z } from "zod";

// The password policy, free of server imports so that forms can use it too.

export const PASSWORD_MIN_LENGTH = 8;

/**
 * The password policy: at least 8 characters, at most 128 (argon2 would take anything, but a
 * megabyte "password" is an attack), and not the user's own CPF.
 */
export function passwordSchema(cpfDigits: string) {
  return z
    .string({ error: "Informe a senha." })
    .min(PASSWORD_MIN_LENGTH, `A senha deve ter pelo menos ${PASSWORD_MIN_LENGTH} caracteres.`)
    .max(128, "A senha deve ter no máximo 128 caracteres.")
    .refine(
      (password) => password.replace(/\D/g, "") !== cpfDigits || /[^\d.\-\s]/.test(password),
      {
        message: "A senha não pode ser o seu CPF.",
      },
    );
}
