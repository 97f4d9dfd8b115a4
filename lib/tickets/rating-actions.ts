"use server";

import { authorizedAction } from "@/lib/auth/action";
import { rateInput, rateTicket } from "@/lib/tickets/ratings";

// "Confirmar avaliação" / "Avaliar": the service checks who may rate this ticket now. Rating twice
// is not a second record but a change of the one rating, so the form needs no request key.
export const rateAction = authorizedAction(
  { name: "ticket.rate", schema: rateInput },
  (user, input) => rateTicket(user, input),
);
