import "server-only";
import { cache } from "react";
import { db, type Tx } from "@/lib/db";
import { ok, type ServiceResult } from "@/lib/result";
import { audit } from "@/lib/admin/audit";
import { readAsAdmin, requireAdmin } from "@/lib/admin/admin-only";
import type { Actor } from "@/lib/tickets/actor";
import type { PrivacySettingsData } from "./settings-schema";

/** Until an admin writes them: no notice text yet, and the retention periods of the schema. */
export const DEFAULT_PRIVACY = {
  policyText: "",
  controllerName: "",
  controllerContact: "",
  closedAttachmentDays: 0,
  accessLogDays: 365,
  mailBodyDays: 90,
  exportDays: 7,
  inactiveDays: 730,
};

export type PrivacySettings = typeof DEFAULT_PRIVACY;

export async function getPrivacySettings(
  tx: Pick<Tx, "privacySettings">,
): Promise<PrivacySettings> {
  const row = await tx.privacySettings.findUnique({
    where: { id: 1 },
    omit: { id: true, updatedAt: true },
  });
  return row ?? DEFAULT_PRIVACY;
}

/** Read once per request (the public page, the footer's notice and the profile ask). */
export const getPortalPrivacy = cache(() => getPrivacySettings(db));

export function privacyForEditor(actor: Actor) {
  return readAsAdmin(actor, "privacy.read", () => getPrivacySettings(db));
}

/** Saves the notice, the contact and the periods, with the change in the audit log. */
export async function updatePrivacySettings(
  actor: Actor,
  data: PrivacySettingsData,
): Promise<ServiceResult<null>> {
  requireAdmin(actor, "privacy.update");
  await db.$transaction(async (tx) => {
    const before = await getPrivacySettings(tx);
    await tx.privacySettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...data },
      update: data,
    });
    await audit(tx, actor.id, {
      action: "privacy.update",
      entityType: "privacy",
      entityId: "1",
      before,
      after: data,
    });
  });
  return ok(null);
}
