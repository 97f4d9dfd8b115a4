import "server-only";
import { db } from "@/lib/db";
import { ok, type ServiceResult } from "@/lib/result";
import { audit } from "@/lib/admin/audit";
import { readAsAdmin, requireAdmin } from "@/lib/admin/admin-only";
import type { Actor } from "@/lib/tickets/actor";
import type { PrivacySettingsData } from "./settings-schema";
import { getPrivacySettings } from "./settings";

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
