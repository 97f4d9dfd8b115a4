"use server";

import { z } from "zod";
import { clientAddress } from "@/lib/auth/client-address";
import { emailSchema, requestPasswordReset } from "@/lib/auth/password-reset";
import { invalid, type ServiceResult } from "@/lib/result";

const input = z.strictObject({ email: emailSchema });

/** "Esqueci minha senha" / "Primeiro acesso": the service answers the same for any e-mail. */
export async function requestResetAction(
  values: unknown,
): Promise<ServiceResult<{ message: string }>> {
  const parsed = input.safeParse(values);
  if (!parsed.success) return invalid({ email: "Informe um e-mail válido." });
  return requestPasswordReset({ email: parsed.data.email, address: await clientAddress() });
}
