"use server";

import { authorizedAction } from "@/lib/auth/action";
import { openTicketInput, openValidTicket } from "@/lib/tickets/open-ticket";

/** "Enviar" on a request form: the service validates everything again and checks who may do it. */
export const openRequestAction = authorizedAction({ schema: openTicketInput }, (user, input) =>
  openValidTicket(user, input),
);
