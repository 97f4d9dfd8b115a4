/** Arithmetic on local dates ("2026-12-03"): calendar dates, the same in every zone. */
const DAY = 86_400_000;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const text = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, days: number) => text(utc(day) + days * DAY);
export const daysBetween = (from: string, to: string) => Math.round((utc(to) - utc(from)) / DAY);
/** ISO weekday, 1 = Monday. */
export const weekdayOf = (day: string) => new Date(utc(day)).getUTCDay() || 7;
export const mondayOf = (day: string) => addDays(day, 1 - weekdayOf(day));

/** Every day from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

/** "2026-12-03" → "03/12/2026". */
export const dayLabel = (day: string) => day.split("-").reverse().join("/");
