"use server";

import { authorizedAction } from "@/lib/auth/action";
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
