"use server";

import { authorizedAction } from "@/lib/auth/action";
import { changePassword, passwordChangeInput, phoneInput, updatePhone } from "@/lib/auth/profile";

/** Any signed-in user, on themself only: the user comes from the session, never from the input. */
export const updatePhoneAction = authorizedAction({ schema: phoneInput }, (user, input) =>
  updatePhone(user.id, input),
);

export const changePasswordAction = authorizedAction(
  { schema: passwordChangeInput },
  (user, input) => changePassword(user.id, input),
);
