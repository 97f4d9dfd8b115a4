"use server";

import { resetPassword } from "@/lib/auth/password-reset";
import type { ServiceResult } from "@/lib/result";

/** Sets the password with the token of the e-mailed link; the service checks token and policy. */
export async function resetPasswordAction(
  token: unknown,
  password: unknown,
): Promise<ServiceResult<{ userId: string }>> {
  return resetPassword({
    token: typeof token === "string" ? token : "",
    password: typeof password === "string" ? password : "",
  });
}
