"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { SUPPORT_ROLES, type Role } from "@/lib/auth/roles";
import { once, requestKeySchema } from "@/lib/forms/request-key";
import type { ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { assignInput, assignTicket, transferInput, transferTicket } from "@/lib/tickets/assignment";
import { addComment, commentInput } from "@/lib/tickets/comments";
import { addFollower, followerInput, removeFollower } from "@/lib/tickets/followers";
import { linkInput, linkTickets, unlinkInput, unlinkTickets } from "@/lib/tickets/related";
import { changeState, changeStateInput } from "@/lib/tickets/state-changes";
import { addTimeEntry, timeEntryInput } from "@/lib/tickets/time-entries";

// The ticket page's actions. Each service checks again who may do what on this ticket now.

/**
 * An action for a form that creates a record: the form carries a key made when it was drawn, and
 * a double click or a retried request with the same key gets the first result back instead of a
 * second record. The input is the service's strict schema plus that key.
 */
function keyedAction<S extends z.ZodObject, T>(
  action: string,
  roles: readonly Role[] | undefined,
  schema: S,
  service: (user: Actor, input: z.output<S>) => Promise<ServiceResult<T>>,
) {
  return authorizedAction(
    { roles, schema: z.intersection(z.strictObject({ requestKey: requestKeySchema }), schema) },
    (user, { requestKey, ...input }) =>
      // What is left once the key is taken out is exactly the service's input.
      once({ key: requestKey, userId: user.id, action }, () => service(user, input as z.output<S>)),
  );
}

export const commentAction = keyedAction("ticket.comment", undefined, commentInput, addComment);

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
  { roles: SUPPORT_ROLES, schema: assignInput },
  (user, input) => assignTicket(user, input),
);

export const transferOneAction = authorizedAction(
  { roles: SUPPORT_ROLES, schema: transferInput },
  (user, input) => transferTicket(user, input),
);

export const linkAction = keyedAction("ticket.link", SUPPORT_ROLES, linkInput, linkTickets);

export const unlinkAction = authorizedAction(
  { roles: SUPPORT_ROLES, schema: unlinkInput },
  (user, input) => unlinkTickets(user, input),
);

export const timeEntryAction = keyedAction(
  "ticket.time",
  SUPPORT_ROLES,
  timeEntryInput,
  addTimeEntry,
);
