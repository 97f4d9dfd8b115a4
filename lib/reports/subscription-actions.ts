"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, publicAction } from "@/lib/auth/action";
import { SUPPORT_ROLES } from "@/lib/auth/roles";
import {
  setSubscription,
  subscriptionInput,
  unsubscribeByLink,
  unsubscribeInput,
} from "./subscriptions";

/** "Receber o resumo semanal" / "Cancelar o resumo semanal" on the reports page. */
export const subscriptionAction = authorizedAction(
  { name: "reports.subscription", roles: SUPPORT_ROLES, schema: subscriptionInput },
  async (user, input) => {
    const result = await setSubscription(user, input);
    revalidatePath("/relatorios");
    return result;
  },
);

/** "Confirmar cancelamento" on the page the e-mail's link opens (no session needed). */
export const unsubscribeLinkAction = publicAction(
  { name: "reports.unsubscribe", schema: unsubscribeInput },
  (input) => unsubscribeByLink(input),
);
