import { describe, expect, it } from "vitest";
import { dayOf, endOfDay, isLocalDay, startOfDay } from "@/lib/time/zone";
import { formatDateTime, formatDateTimeSeconds } from "@/lib/text/dates";

describe.each([
  ["America/Sao_Paulo", "2026-12-01T03:00:00.000Z", "01/12/2026, 09:00"],
  ["America/Rio_Branco", "2026-12-01T05:00:00.000Z", "01/12/2026, 07:00"],
  ["America/Noronha", "2026-12-01T02:00:00.000Z", "01/12/2026, 10:00"],
])("in %s", (zone, midnight, noonUtcShown) => {
  it("starts and ends a local day at the zone's midnight", () => {
    expect(startOfDay("2026-12-01", zone).toISOString()).toBe(midnight);
    expect(endOfDay("2026-11-30", zone).toISOString()).toBe(midnight);
  });

  it("puts the instants around midnight on their local days", () => {
    const start = new Date(midnight);
    expect(dayOf(start, zone)).toBe("2026-12-01");
    expect(dayOf(new Date(start.getTime() - 1), zone)).toBe("2026-11-30");
  });

  it("shows an instant in the zone", () => {
    const noonUtc = new Date("2026-12-01T12:00:00Z");
    expect(formatDateTime(noonUtc, zone)).toBe(noonUtcShown);
    expect(formatDateTimeSeconds(noonUtc, zone)).toBe(`${noonUtcShown.replace(",", "")}:00`);
  });
});

describe("summer time", () => {
  it("follows the zone's rules of the day, not a fixed offset", () => {
    // Brasília had summer time (-02:00) in December 2018 and not since 2019.
    expect(startOfDay("2018-12-01", "America/Sao_Paulo").toISOString()).toBe(
      "2018-12-01T02:00:00.000Z",
    );
    expect(startOfDay("2019-12-01", "America/Sao_Paulo").toISOString()).toBe(
      "2019-12-01T03:00:00.000Z",
    );
  });

  it("gives a day that began with a skipped midnight its first real instant", () => {
    // 2018-11-04 started at 01:00 in São Paulo: 00:00 never happened.
    const start = startOfDay("2018-11-04", "America/Sao_Paulo");
    expect(dayOf(start, "America/Sao_Paulo")).toBe("2018-11-04");
    expect(dayOf(new Date(start.getTime() - 1), "America/Sao_Paulo")).toBe("2018-11-03");
  });
});

describe("isLocalDay", () => {
  it("accepts real days only", () => {
    expect(isLocalDay("2028-02-29")).toBe(true);
    expect(isLocalDay("2026-02-29")).toBe(false);
    expect(isLocalDay("2026-13-01")).toBe(false);
    expect(isLocalDay("01/12/2026")).toBe(false);
  });
});
