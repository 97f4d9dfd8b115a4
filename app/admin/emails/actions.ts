"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { retryFailedEmails } from "@/lib/notifications/outbox-admin";
import { singleLine } from "@/lib/validation";

/** Row ids are cuids: short, one line; anything else is refused before reaching the service. */
const rowId = singleLine(64).pipe(z.string().min(1));

const retryInput = z.union([
  z.strictObject({ ids: z.array(rowId).min(1).max(500) }),
  z.strictObject({ all: z.literal(true) }),
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
