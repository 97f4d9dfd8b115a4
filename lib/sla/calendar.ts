/**
 * Business time: the minutes between the start and end of each business day, in the calendar's
 * time zone, leaving out other weekdays and holidays. Pure functions, so that due dates are
 * computed (and tested) without a database or a clock.
 */
import { instantOf, localTime, nextDate, type LocalTime } from "@/lib/time/zone";

/** The business days and hours ("seg–sex 8h–18h"). */
export type ServiceHours = {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: ReadonlySet<number>;
  /** Minutes after local midnight. */
  start: number;
  end: number;
};

export type BusinessCalendar = ServiceHours & {
  /** Local dates, "2026-12-25". */
  holidays: ReadonlySet<string>;
  timeZone: string;
};

const MINUTE = 60_000;

const isBusinessDay = (calendar: BusinessCalendar, local: LocalTime) =>
  calendar.days.has(local.weekday) && !calendar.holidays.has(local.date);

/** The first moment at or after `at` when the business clock runs. */
function nextBusinessMoment(at: Date, calendar: BusinessCalendar): Date {
  let t = at;
  for (let guard = 0; guard < 3660; guard++) {
    const local = localTime(t, calendar.timeZone);
    if (isBusinessDay(calendar, local) && local.minute < calendar.end) {
      return local.minute >= calendar.start
        ? t
        : instantOf(local.date, calendar.start, calendar.timeZone);
    }
    t = instantOf(nextDate(local.date), calendar.start, calendar.timeZone);
  }
  throw new Error("The business calendar has no business time in ten years.");
}

/** The moment `minutes` business minutes after `start`. */
export function addBusinessMinutes(start: Date, minutes: number, calendar: BusinessCalendar): Date {
  let t = nextBusinessMoment(start, calendar);
  let remaining = minutes;
  for (;;) {
    const local = localTime(t, calendar.timeZone);
    const left = calendar.end - local.minute;
    if (remaining <= left) return new Date(t.getTime() + remaining * MINUTE);
    remaining -= left;
    t = nextBusinessMoment(instantOf(nextDate(local.date), 0, calendar.timeZone), calendar);
  }
}

/** Business minutes between two moments (0 when `to` is not after `from`), whole minutes. */
export function businessMinutesBetween(from: Date, to: Date, calendar: BusinessCalendar): number {
  let total = 0;
  let t = nextBusinessMoment(from, calendar);
  while (t < to) {
    const local = localTime(t, calendar.timeZone);
    const dayEnd = instantOf(local.date, calendar.end, calendar.timeZone);
    const until = dayEnd < to ? dayEnd : to;
    total += (until.getTime() - t.getTime()) / MINUTE;
    t = nextBusinessMoment(instantOf(nextDate(local.date), 0, calendar.timeZone), calendar);
  }
  return Math.floor(total);
}

/** "08:00" → 480. */
export function minuteOfDay(text: string): number {
  const [h, m] = text.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/** The last moment at or before `at` that is business time (a day's end counts). */
function previousBusinessMoment(at: Date, calendar: BusinessCalendar): Date {
  let t = at;
  for (let guard = 0; guard < 3660; guard++) {
    const local = localTime(t, calendar.timeZone);
    if (isBusinessDay(calendar, local) && local.minute > calendar.start) {
      return local.minute <= calendar.end
        ? t
        : instantOf(local.date, calendar.end, calendar.timeZone);
    }
    t = new Date(instantOf(local.date, 0, calendar.timeZone).getTime() - 1); // the day before
  }
  throw new Error("The business calendar has no business time in ten years.");
}

/**
 * The latest moment `minutes` business minutes before `end`: whatever happened at or before it
 * has waited that long. Lets a job ask "waiting N business days" with one comparison in SQL.
 */
export function subtractBusinessMinutes(
  end: Date,
  minutes: number,
  calendar: BusinessCalendar,
): Date {
  let t = previousBusinessMoment(end, calendar);
  let remaining = minutes;
  for (;;) {
    const local = localTime(t, calendar.timeZone);
    const available = local.minute - calendar.start;
    if (remaining <= available) return new Date(t.getTime() - remaining * MINUTE);
    remaining -= available;
    const dayBefore = new Date(instantOf(local.date, 0, calendar.timeZone).getTime() - 1);
    t = previousBusinessMoment(dayBefore, calendar);
  }
}

/** `days` whole business days (each as long as the business day) before `end`. */
export function businessDaysBefore(end: Date, days: number, calendar: BusinessCalendar): Date {
  return subtractBusinessMinutes(end, days * (calendar.end - calendar.start), calendar);
}

/** The moment `days` whole business days after `start`: businessDaysBefore's mirror. */
export function businessDaysAfter(start: Date, days: number, calendar: BusinessCalendar): Date {
  return addBusinessMinutes(start, days * (calendar.end - calendar.start), calendar);
}
