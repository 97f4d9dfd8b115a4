"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { bulkAssignToMe, bulkTransfer } from "@/lib/tickets/bulk";
import { requiredText } from "@/lib/tickets/texts";
import { SUPPORT_ROLES } from "@/lib/auth/roles";

const ticketIds = z
  .array(z.string().min(1).max(100))
  .min(1, "Selecione ao menos um ticket.")
  .max(100);

/** "Atribuir a mim" on the selected tickets. */
export const assignToMeAction = authorizedAction(
  { roles: SUPPORT_ROLES, schema: z.strictObject({ ticketIds }) },
  (user, input) => bulkAssignToMe(user, input.ticketIds),
);

/** "Transferir" the selected tickets to a group, with a reason. */
export const transferAction = authorizedAction(
  {
    roles: SUPPORT_ROLES,
    schema: z.strictObject({
      ticketIds,
      groupId: z.string().min(1, "Escolha o grupo.").max(100),
      reason: requiredText("Informe o motivo da transferência."),
    }),
  },
  (user, input) => bulkTransfer(user, input.ticketIds, input.groupId, input.reason),
);
