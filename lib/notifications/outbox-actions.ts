"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/admin-action";
import { retryEmailsInput, retryFailedEmails } from "@/lib/notifications/outbox-admin";

/** "Reenviar": failed e-mails back in the queue; the mail worker sends them within seconds. */
export const retryEmailsAction = adminAction(
  { action: "email.retry", schema: retryEmailsInput },
  async (user, input) => {
    const result = await retryFailedEmails(user, "all" in input ? "all" : input.ids, new Date());
    revalidatePath("/admin/emails");
    return result;
  },
);
