import "server-only";
import { db } from "@/lib/db";
import type { TicketState } from "@/lib/db/generated/enums";
import { getPortalSettings } from "@/lib/portal-settings";
import { getPortalTime } from "@/lib/time/portal-time";
import { serviceHoursOf } from "./policy";
import { requesterDeadline, serviceHoursText } from "./requester-deadline";

/** What a requester is told of the business calendar: on their ticket and on a public page. */

/** A ticket's "Prazo para solução" line for this render (null: none to show). */
export async function deadlineOf(
  ticket: { state: TicketState; resolutionDueAt: Date | null },
  readerAnswers: boolean,
): Promise<string | null> {
  const [settings, time] = await Promise.all([getPortalSettings(), getPortalTime()]);
  return requesterDeadline(ticket, {
    readerAnswers,
    hours: serviceHoursOf(settings),
    pausedAwaitingSupport: settings.slaPausedAwaitingSupport,
    timeZone: time.timeZone,
    now: time.now,
  });
}

/**
 * "Horário de atendimento": the business days and hours, and the holidays from today on (the
 * days the deadlines skip). Public: nothing here is anyone's data.
 */
export async function serviceCalendar() {
  const [settings, time] = await Promise.all([getPortalSettings(), getPortalTime()]);
  const holidays = await db.holiday.findMany({
    where: { date: { gte: time.today } },
    orderBy: { date: "asc" },
    take: 100,
  });
  return { hours: serviceHoursText(serviceHoursOf(settings)), timeZone: time.timeZone, holidays };
}
