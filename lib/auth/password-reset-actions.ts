"use server";

import { z } from "zod";
import { publicAction } from "@/lib/auth/action";
import { clientAddress } from "@/lib/auth/client-address";
import { emailSchema, requestPasswordReset } from "@/lib/auth/password-reset";

/** "Esqueci minha senha" / "Primeiro acesso": the service answers the same for any e-mail. */
export const requestResetAction = publicAction(
  { name: "password.reset.request", schema: z.strictObject({ email: emailSchema }) },
  async ({ email }) => requestPasswordReset({ email, address: await clientAddress() }),
);
