import type { Tx } from "@/lib/db/client";

export const DEFAULT_SETTINGS = {
  autoCloseDays: 7,
  attachmentMaxMb: 10,
  attachmentsPerTicket: 20,
} as const;

export type PortalSettings = { [K in keyof typeof DEFAULT_SETTINGS]: number };

/** The portal's settings: the saved row, or the defaults until an admin saves them. */
export async function getSettings(tx: Pick<Tx, "settings">): Promise<PortalSettings> {
  const row = await tx.settings.findUnique({ where: { id: 1 } });
  return {
    autoCloseDays: row?.autoCloseDays ?? DEFAULT_SETTINGS.autoCloseDays,
    attachmentMaxMb: row?.attachmentMaxMb ?? DEFAULT_SETTINGS.attachmentMaxMb,
    attachmentsPerTicket: row?.attachmentsPerTicket ?? DEFAULT_SETTINGS.attachmentsPerTicket,
  };
}
