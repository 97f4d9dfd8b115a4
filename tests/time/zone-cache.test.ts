import { describe, expect, it } from "vitest";
import { localTime } from "@/lib/time/zone";

/** The wall clock as Intl tells it, to hold the remembered offsets to. */
function intlLocal(at: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minute: Number(parts.hour) * 60 + Number(parts.minute) + Number(parts.second) / 60,
  };
}

describe("remembered zone offsets", () => {
  it.each([
    // Brasília's last summer time began at midnight on 2018-11-04 and ended on 2019-02-17.
    ["America/Sao_Paulo", "2018-11-04T02:00:00Z", "2019-02-17T01:00:00Z"],
    ["America/New_York", "2026-03-08T06:00:00Z", "2026-11-01T05:00:00Z"],
    // Lord Howe moves by half an hour; Kathmandu is +05:45; São Paulo kept local mean time (-03:06:28) until 1914.
    ["Australia/Lord_Howe", "2026-04-04T14:00:00Z", "2026-10-03T15:00:00Z"],
    ["Asia/Kathmandu", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"],
    ["America/Sao_Paulo", "1913-12-31T23:00:00Z", "1914-01-01T04:00:00Z"],
  ])("agree with Intl around %s's changes of offset", (zone, first, second) => {
    for (const change of [first, second]) {
      const at = new Date(change).getTime();
      for (let step = -3 * 60; step <= 3 * 60; step += 7) {
        const instant = new Date(at + step * 60_000 + (step % 3) * 17_000 + 123);
        const local = localTime(instant, zone);
        expect({ date: local.date, minute: local.minute }).toEqual(intlLocal(instant, zone));
      }
    }
  });
});
