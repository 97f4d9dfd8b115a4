/**
 * Business time: the minutes between the start and end of each business day, in the calendar's
 * time zone, leaving out other weekdays and holidays. Pure functions, so that due dates are
 * computed (and tested) without a database or a clock.
 */
export type BusinessCalendar = {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: ReadonlySet<number>;
  /** Minutes after local midnight. */
  start: number;
  end: number;
  /** Local dates, "2026-12-25". */
  holidays: ReadonlySet<string>;
  timeZone: string;
};

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type LocalTime = { date: string; weekday: number; minute: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
      weekday: "short",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function partsOf(at: Date, timeZone: string) {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? ""] ?? 0,
  };
}

function localTime(at: Date, timeZone: string): LocalTime {
  const p = partsOf(at, timeZone);
  const date = `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
  return { date, weekday: p.weekday, minute: p.hour * 60 + p.minute + p.second / 60 };
}

/** The instant of `minute` minutes after local midnight of the local date `date`. */
function instantOf(date: string, minute: number, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, 0, 0) + minute * MINUTE;
  // The zone's offset at that moment (twice, in case the first guess crosses a change of offset).
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const p = partsOf(new Date(guess), timeZone);
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    guess += asUtc - shown;
  }
  return new Date(guess);
}

/** The local date after `date`. */
function nextDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + DAY).toISOString().slice(0, 10);
}

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
