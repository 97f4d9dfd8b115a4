"use server";

import { authorizedAction } from "@/lib/auth/action";
import { openTicketInput, openValidTicket } from "@/lib/tickets/open-ticket";
import { contactInput, contactOf } from "@/lib/tickets/people";

/** "Enviar" on a request form: the service validates everything again and checks who may do it. */
export const openRequestAction = authorizedAction({ schema: openTicketInput }, (user, input) =>
  openValidTicket(user, input),
);

/** The e-mail and phone of the person chosen as "Requisitado para", shown read-only on the form. */
export const contactAction = authorizedAction({ schema: contactInput }, (user, input) =>
  contactOf(user, input),
);
