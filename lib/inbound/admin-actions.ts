"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/admin-action";
import { bindAddress, bindAddressInput, unbindAddress, unbindAddressInput } from "./addresses";
import { reprocessInbound, reprocessInput } from "./admin";

/** "Processar novamente" on one received e-mail. */
export const reprocessInboundAction = adminAction(
  { action: "inbound.reprocess", schema: reprocessInput },
  async (user, { id }) => {
    const result = await reprocessInbound(user, id);
    revalidatePath("/admin/emails-recebidos");
    return result;
  },
);

export const bindAddressAction = adminAction(
  { action: "inbound.bind", schema: bindAddressInput },
  async (user, input) => {
    const result = await bindAddress(user, input);
    revalidatePath("/admin/emails-recebidos/enderecos");
    return result;
  },
);

export const unbindAddressAction = adminAction(
  { action: "inbound.unbind", schema: unbindAddressInput },
  async (user, { id }) => {
    const result = await unbindAddress(user, id);
    revalidatePath("/admin/emails-recebidos/enderecos");
    return result;
  },
);
