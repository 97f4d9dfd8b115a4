import { describe, expect, it } from "vitest";
import { businessMinutesBetween } from "@/lib/sla/calendar";
import { businessMinutesCounter } from "@/lib/reports/business-time";

const calendar = {
  days: new Set([1, 2, 3, 4, 5]),
  start: 8 * 60,
  end: 18 * 60,
  holidays: new Set(["2026-11-20", "2026-12-25", "2027-01-01"]),
  timeZone: "America/Sao_Paulo",
};

describe("business minutes for many tickets", () => {
  it("equal lib/sla's count, long spans summed day by day", () => {
    const count = businessMinutesCounter(calendar);
    const from = Date.parse("2026-10-01T11:17:00Z");
    for (let i = 0; i < 40; i++) {
      const start = new Date(from + i * 37 * 3_600_000);
      for (const days of [0.2, 3, 45, 400]) {
        const end = new Date(start.getTime() + days * 86_400_000 + i * 60_000);
        expect(count(start, end)).toBe(businessMinutesBetween(start, end, calendar));
      }
    }
  });
});
