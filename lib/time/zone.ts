/**
 * Instants and the portal's days: which local day an instant falls on in a time zone, and which
 * instant a local day (or a minute of it) starts at. Everything that turns a date typed or shown
 * into an instant goes through here, with the portal's time zone setting (Settings.timeZone),
 * never with a fixed offset: Acre, Amazonas and Fernando de Noronha keep other hours than
 * Brasília, and summer time may come back. The platform's Intl knows the zones' rules (from the
 * ICU data Node ships), so no library is needed.
 */
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A local day, "2026-12-25". */
export type LocalDay = string;
export type LocalTime = { date: LocalDay; weekday: number; minute: number };

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

/** The zone's wall clock at `at`, read from Intl (slow: tens of microseconds a call). */
function intlPartsOf(at: Date, timeZone: string) {
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

/**
 * Zone offsets, remembered per quarter of an hour: counting business minutes asks for the wall
 * clock dozens of times per ticket, and a report's job over a million tickets spent most of its
 * time in Intl. Every offset in use is a whole number of quarters of an hour and changes at a
 * quarter-hour, so a quarter whose first and last millisecond have the same offset has it
 * throughout; any other quarter (historic local mean time) is answered by Intl every time.
 */
const QUARTER = 15 * MINUTE;
const offsets = new Map<string, number | null>();

function quarterOffset(t: number, timeZone: string): number | null {
  const start = Math.floor(t / QUARTER) * QUARTER;
  const key = `${timeZone}|${start}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const first = intlOffsetAt(start, timeZone);
    offset =
      first === intlOffsetAt(start + QUARTER - 1, timeZone) && first % 1000 === 0 ? first : null;
    if (offsets.size > 500_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

function partsOf(at: Date, timeZone: string) {
  const offset = quarterOffset(at.getTime(), timeZone);
  if (offset === null) return intlPartsOf(at, timeZone);
  const wall = new Date(at.getTime() + offset);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: wall.getUTCDay() || 7,
  };
}

export function localTime(at: Date, timeZone: string): LocalTime {
  const p = partsOf(at, timeZone);
  const date = `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
  return { date, weekday: p.weekday, minute: p.hour * 60 + p.minute + p.second / 60 };
}

/** How far `timeZone`'s wall clock is ahead of UTC at instant `t` (milliseconds, negative here). */
function offsetAt(t: number, timeZone: string): number {
  return quarterOffset(t, timeZone) ?? intlOffsetAt(t, timeZone);
}

function intlOffsetAt(t: number, timeZone: string): number {
  const p = intlPartsOf(new Date(t), timeZone);
  return (
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(t / 1000) * 1000
  );
}

/**
 * The instant of `minute` minutes after local midnight of the local date `date`. The zone's offset
 * is taken a day before and a day after, so a change of offset (summer time) in between is seen:
 * a wall time that happens twice gets its first instant, and one that never happens (the hour a
 * clock skips, as Brazil's midnights did when summer time began) gets the first instant after it.
 */
export function instantOf(date: LocalDay, minute: number, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, 0, 0) + minute * MINUTE;
  const candidates = [offsetAt(wall - DAY, timeZone), offsetAt(wall + DAY, timeZone)]
    .map((offset) => wall - offset)
    .sort((a, b) => a - b);
  const exact = candidates.find((t) => t + offsetAt(t, timeZone) === wall);
  return new Date(exact ?? candidates[1]!);
}

/** The local date after `date`. */
export function nextDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + DAY).toISOString().slice(0, 10);
}

/** The local day `at` falls on in `timeZone`. */
export function dayOf(at: Date, timeZone: string): LocalDay {
  return localTime(at, timeZone).date;
}

/** The instant local day `day` begins in `timeZone`. */
export function startOfDay(day: LocalDay, timeZone: string): Date {
  return instantOf(day, 0, timeZone);
}

/** The instant local day `day` ends (the next day's start, excluded from the day). */
export function endOfDay(day: LocalDay, timeZone: string): Date {
  return instantOf(nextDate(day), 0, timeZone);
}

/** True for a real calendar day written "YYYY-MM-DD" (what a date input sends). */
export function isLocalDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
