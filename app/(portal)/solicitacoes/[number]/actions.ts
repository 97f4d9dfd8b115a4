"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { once, requestKeySchema } from "@/lib/forms/request-key";
import { assignInput, assignTicket, transferInput, transferTicket } from "@/lib/tickets/assignment";
import type { Role } from "@/lib/db";
import type { ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { linkTickets, unlinkInput, unlinkTickets } from "@/lib/tickets/related";
import { addTimeEntry } from "@/lib/tickets/time-entries";
import { addComment } from "@/lib/tickets/comments";
import { addFollower, followerInput, removeFollower } from "@/lib/tickets/followers";
import { changeState, changeStateInput } from "@/lib/tickets/state-changes";

// The ticket page's actions. Each service checks again who may do what on this ticket now.

/**
 * An action for a form that creates a record: the form carries a key made when it was drawn, and
 * a double click or a retried request with the same key gets the first result back instead of a
 * second record. The rest of the input goes to the service, which parses it with its strict
 * schema (so field errors keep the form's field names).
 */
function keyedAction<I, T>(
  action: string,
  roles: readonly Role[] | undefined,
  service: (user: Actor, input: I) => Promise<ServiceResult<T>>,
) {
  return authorizedAction(
    { roles, schema: z.looseObject({ requestKey: requestKeySchema }) },
    (user, { requestKey, ...input }) =>
      once({ key: requestKey, userId: user.id, action }, () => service(user, input as I)),
  );
}

export const commentAction = keyedAction("ticket.comment", undefined, addComment);

export const changeStateAction = authorizedAction({ schema: changeStateInput }, (user, input) =>
  changeState(user, input),
);

export const addFollowerAction = authorizedAction({ schema: followerInput }, (user, input) =>
  addFollower(user, input),
);

export const removeFollowerAction = authorizedAction({ schema: followerInput }, (user, input) =>
  removeFollower(user, input),
);

export const assignAction = authorizedAction(
  { roles: ["AGENT", "ADMIN"], schema: assignInput },
  (user, input) => assignTicket(user, input),
);

export const transferOneAction = authorizedAction(
  { roles: ["AGENT", "ADMIN"], schema: transferInput },
  (user, input) => transferTicket(user, input),
);

export const linkAction = keyedAction("ticket.link", ["AGENT", "ADMIN"], linkTickets);

export const unlinkAction = authorizedAction(
  { roles: ["AGENT", "ADMIN"], schema: unlinkInput },
  (user, input) => unlinkTickets(user, input),
);

export const timeEntryAction = keyedAction("ticket.time", ["AGENT", "ADMIN"], addTimeEntry);
