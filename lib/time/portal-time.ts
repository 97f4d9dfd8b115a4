import "server-only";
import { cache } from "react";
import { getPortalSettings } from "@/lib/portal-settings";
import { formatDateTime, formatDateTimeSeconds, formatRelative } from "@/lib/text/dates";
import { dayOf, type LocalDay } from "./zone";

/** "Now" and the portal's calendar, as one page render sees them. */
export type PortalTime = {
  timeZone: string;
  now: Date;
  /** The portal's local day now ("2026-12-02"), what a date field offers by default. */
  today: LocalDay;
  dateTime(date: Date): string;
  dateTimeSeconds(date: Date): string;
  /** "3h atrás", measured from `now`. */
  relative(date: Date): string;
};

export function portalTimeAt(now: Date, timeZone: string): PortalTime {
  return {
    timeZone,
    now,
    today: dayOf(now, timeZone),
    dateTime: (date) => formatDateTime(date, timeZone),
    dateTimeSeconds: (date) => formatDateTimeSeconds(date, timeZone),
    relative: (date) => formatRelative(date, now),
  };
}

/** The render's clock and zone: one "now" for the whole page, so every "há 3h" agrees. */
export const getPortalTime = cache(async (): Promise<PortalTime> =>
  portalTimeAt(new Date(), (await getPortalSettings()).timeZone),
);
