"use server";

import { clientAddress } from "@/lib/auth/client-address";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import type { ServiceResult } from "@/lib/result";

/** "Esqueci minha senha" / "Primeiro acesso": the service validates and answers the same for any e-mail. */
export async function requestResetAction(
  email: unknown,
): Promise<ServiceResult<{ message: string }>> {
  return requestPasswordReset({
    email: typeof email === "string" ? email : "",
    address: await clientAddress(),
  });
}
