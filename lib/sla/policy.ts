import type { Tx } from "@/lib/db/client";
import { getSettings, type PortalSettings } from "@/lib/settings";
import { minuteOfDay, type ServiceHours } from "./calendar";
import type { SlaPolicy } from "./clock";

/**
 * The SLA policy of the settings and the holidays, as the clock functions take it. One read after
 * the other: inside a transaction both go to its one connection, where pg refuses overlapping
 * queries from version 9 (and warns now).
 */
export async function loadSlaPolicy(tx: Pick<Tx, "settings" | "holiday">): Promise<SlaPolicy> {
  const settings = await getSettings(tx);
  const holidays = await tx.holiday.findMany({ select: { date: true } });
  return {
    pausedAwaitingSupport: settings.slaPausedAwaitingSupport,
    calendar: {
      ...serviceHoursOf(settings),
      holidays: new Set(holidays.map((h) => h.date)),
      timeZone: settings.timeZone,
    },
  };
}

/** The business days and hours of the settings ("1,2,3,4,5", "08:00", "18:00"). */
export function serviceHoursOf(
  settings: Pick<PortalSettings, "businessDays" | "businessStart" | "businessEnd">,
): ServiceHours {
  return {
    days: new Set(settings.businessDays.split(",").map(Number)),
    start: minuteOfDay(settings.businessStart),
    end: minuteOfDay(settings.businessEnd),
  };
}

/** An item's targets, or the settings' defaults. */
export async function slaTargets(
  tx: Pick<Tx, "settings">,
  item: { slaFirstResponseMinutes: number | null; slaResolutionMinutes: number | null },
) {
  const settings = await getSettings(tx);
  return {
    firstResponse: item.slaFirstResponseMinutes ?? settings.slaFirstResponseMinutes,
    resolution: item.slaResolutionMinutes ?? settings.slaResolutionMinutes,
  };
}
