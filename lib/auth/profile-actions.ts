"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import {
  changePassword,
  passwordChangeInput,
  phoneInput,
  signOutEverywhere,
  updatePhone,
} from "@/lib/auth/profile";
import { currentSession } from "@/lib/auth/session";

/** Any signed-in user, on themself only: the user comes from the session, never from the input. */
export const updatePhoneAction = authorizedAction({ schema: phoneInput }, (user, input) =>
  updatePhone(user.id, input),
);

export const changePasswordAction = authorizedAction(
  { schema: passwordChangeInput },
  async (user, input) =>
    changePassword(user.id, input, (await currentSession())?.sessionId ?? null),
);

export const signOutEverywhereAction = authorizedAction({ schema: z.strictObject({}) }, (user) =>
  signOutEverywhere(user.id),
);
