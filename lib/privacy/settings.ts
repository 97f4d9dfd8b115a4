import "server-only";
import type { Tx } from "@/lib/db";

// The privacy settings as the jobs and pages read them; editing them is settings-editor.ts (it
// audits, and the audit module is the pages'), so that the jobs' bundle stays free of React.

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
