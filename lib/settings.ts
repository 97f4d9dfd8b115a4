import type { Tx } from "@/lib/db/client";

export const DEFAULT_SETTINGS = {
  autoCloseDays: 7,
  /** The reply cycle's reminders (lib/tickets/reply-reminders.ts); 0 turns each off. */
  autoCloseReminderDays: 2,
  infoReminderDays: 3,
  infoCloseDays: 5,
  attachmentMaxMb: 10,
  attachmentsPerTicket: 20,
  attachmentKinds: "images,pdf,documents,text,archives",
  /** Files uploaded but not yet part of a request, per person (an abandoned form's leftovers). */
  stagingQuotaMb: 50,
  stagingQuotaFiles: 20,
  /** An upload slower than this (kilobits per second), or longer than this, is cut off. */
  uploadMinKbps: 8,
  uploadTimeoutSeconds: 120,
  slaFirstResponseMinutes: 480,
  slaResolutionMinutes: 2400,
  slaPausedAwaitingSupport: false,
  businessDays: "1,2,3,4,5",
  businessStart: "08:00",
  businessEnd: "18:00",
  timeZone: "America/Sao_Paulo",
};

export type PortalSettings = typeof DEFAULT_SETTINGS;

/** The portal's settings: the saved row, or the defaults until an admin saves them. */
export async function getSettings(tx: Pick<Tx, "settings">): Promise<PortalSettings> {
  const row = await tx.settings.findUnique({
    where: { id: 1 },
    omit: { id: true, updatedAt: true },
  });
  return row ?? DEFAULT_SETTINGS;
}
