/**
 * The portal time zone the date-sensitive suites run under: São Paulo by default, another zone
 * in the "other-zone" vitest project (which also moves the process's own zone), so that a date
 * computed with a fixed offset or with the server's zone fails one of the two runs.
 */
export const TEST_TIME_ZONE = process.env.PORTAL_TEST_TIME_ZONE ?? "America/Sao_Paulo";

/** UTC offsets of the zones the runs use, as an independent oracle (none has summer time today). */
const OFFSET_HOURS: Record<string, number> = {
  "America/Sao_Paulo": -3,
  "America/Rio_Branco": -5,
  "America/Noronha": -2,
};

/** The instant local midnight of `day` is in TEST_TIME_ZONE, worked out from the offset table. */
export function expectedMidnight(day: string): Date {
  const offset = OFFSET_HOURS[TEST_TIME_ZONE];
  if (offset === undefined) throw new Error(`No offset known for ${TEST_TIME_ZONE}.`);
  return new Date(Date.parse(`${day}T00:00:00Z`) - offset * 3_600_000);
}
