"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction, adminSaveAction } from "@/lib/admin/admin-action";
import { authorizedAction } from "@/lib/auth/action";
import { once } from "@/lib/forms/request-key";
import { anonymizeInput, anonymizeUser } from "./anonymize";
import { requestDataExport } from "./export";
import { acknowledgePrivacyNotice } from "./notice";
import { openRightsRequest, rightsRequestInput } from "./rights";
import { updatePrivacySettings } from "./settings-editor";
import { privacySettingsInput } from "./settings-schema";

/** Any signed-in person, on themself only: the person comes from the session, never the input. */
export const requestDataExportAction = authorizedAction(
  { name: "privacy.export", schema: z.strictObject({}) },
  async (user) => {
    const result = await requestDataExport(user);
    revalidatePath("/perfil");
    return result;
  },
);

export const openRightsRequestAction = authorizedAction(
  { name: "privacy.rights_request", schema: rightsRequestInput },
  (user, input) =>
    once({ key: input.key, userId: user.id, action: "privacy.rights_request" }, () =>
      openRightsRequest(user, input),
    ),
);

export const acknowledgePrivacyNoticeAction = authorizedAction(
  { name: "privacy.acknowledge", schema: z.strictObject({}) },
  async (user) => {
    const result = await acknowledgePrivacyNotice(user.id);
    revalidatePath("/", "layout");
    return result;
  },
);

export const updatePrivacySettingsAction = adminAction(
  { action: "privacy.update", schema: privacySettingsInput },
  async (user, input) => {
    const result = await updatePrivacySettings(user, input);
    revalidatePath("/admin/privacidade");
    return result;
  },
);

export const anonymizeUserAction = adminSaveAction(
  { action: "user.anonymize", schema: anonymizeInput },
  async (user, input) => {
    const result = await anonymizeUser(user, input);
    revalidatePath(`/admin/usuarios/${input.userId}`);
    return result;
  },
);
