"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { assignInput, assignTicket, transferInput, transferTicket } from "@/lib/tickets/assignment";
import { linkInput, linkTickets, unlinkTickets } from "@/lib/tickets/related";
import { addTimeEntry, timeEntryInput } from "@/lib/tickets/time-entries";
import { addComment, commentInput } from "@/lib/tickets/comments";
import { addFollower, followerInput, removeFollower } from "@/lib/tickets/followers";
import { changeState, changeStateInput } from "@/lib/tickets/state-changes";

// The ticket page's actions. Each service checks again who may do what on this ticket now.

export const commentAction = authorizedAction({ schema: commentInput }, (user, input) =>
  addComment(user, input),
);

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

export const linkAction = authorizedAction(
  { roles: ["AGENT", "ADMIN"], schema: linkInput },
  (user, input) => linkTickets(user, input),
);

export const unlinkAction = authorizedAction(
  {
    roles: ["AGENT", "ADMIN"],
    schema: z.object({ ticketId: z.string().min(1), otherId: z.string().min(1) }),
  },
  (user, input) => unlinkTickets(user, input),
);

export const timeEntryAction = authorizedAction(
  { roles: ["AGENT", "ADMIN"], schema: timeEntryInput },
  (user, input) => addTimeEntry(user, input),
);
