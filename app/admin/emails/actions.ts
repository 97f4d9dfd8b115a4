"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { retryFailedEmails } from "@/lib/notifications/outbox-admin";

const retryInput = z.union([
  z.object({ ids: z.array(z.string().min(1)).min(1).max(500) }),
  z.object({ all: z.literal(true) }),
]);

/** "Reenviar": failed e-mails back in the queue; the mail worker sends them within seconds. */
export const retryEmailsAction = authorizedAction(
  { roles: ["ADMIN"], schema: retryInput },
  async (user, input) => {
    const result = await retryFailedEmails(user, "all" in input ? "all" : input.ids, new Date());
    revalidatePath("/admin/emails");
    return result;
  },
);
