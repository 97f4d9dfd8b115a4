import { businessMinutesBetween, type BusinessCalendar } from "@/lib/sla/calendar";
import { dayOf, endOfDay, nextDate, startOfDay } from "@/lib/time/zone";

/** Spans up to this long are counted by lib/sla directly (a few days' walk). */
const SHORT_SPAN_MS = 31 * 24 * 60 * 60_000;

/**
 * Business minutes between two instants, as lib/sla counts them, for many tickets at once. A
 * long span (a request solved a year after it was opened) would walk every day of it for each
 * ticket; here lib/sla counts each local day once and the days in between are a difference of
 * running totals. Spans up to a month are lib/sla's own answer; a longer one is the sum of its
 * first and last partial days and whole days between, which lib/sla rounds apiece (within a
 * minute of its single answer).
 */
export function businessMinutesCounter(calendar: BusinessCalendar) {
  const zone = calendar.timeZone;
  const totals = new Map<string, number>(); // minutes from `first` to the start of each day
  let first = "";
  let last = "";
  const totalAt = (day: string): number => {
    if (!first || day < first) {
      // Start ten years earlier, so that later tickets rarely make it start over.
      first = `${Number(day.slice(0, 4)) - 10}${day.slice(4)}`;
      last = first;
      totals.clear();
      totals.set(first, 0);
    }
    while (last < day) {
      const next = nextDate(last);
      const whole = businessMinutesBetween(startOfDay(last, zone), endOfDay(last, zone), calendar);
      totals.set(next, totals.get(last)! + whole);
      last = next;
    }
    return totals.get(day)!;
  };
  return (from: Date, to: Date): number => {
    if (to.getTime() - from.getTime() <= SHORT_SPAN_MS) {
      return businessMinutesBetween(from, to, calendar);
    }
    const firstDay = dayOf(from, zone);
    const lastDay = dayOf(to, zone);
    return (
      businessMinutesBetween(from, endOfDay(firstDay, zone), calendar) +
      totalAt(lastDay) -
      totalAt(nextDate(firstDay)) +
      businessMinutesBetween(startOfDay(lastDay, zone), to, calendar)
    );
  };
}

export type BusinessMinutes = ReturnType<typeof businessMinutesCounter>;
