import { describe, expect, it } from "vitest";
import {
  addBusinessMinutes,
  businessMinutesBetween,
  type BusinessCalendar,
} from "@/lib/sla/calendar";

// Monday to Friday, 08:00–18:00 in Brasília (UTC−3, no daylight saving since 2019).
const calendar: BusinessCalendar = {
  days: new Set([1, 2, 3, 4, 5]),
  start: 8 * 60,
  end: 18 * 60,
  holidays: new Set(["2026-12-25"]),
  timeZone: "America/Sao_Paulo",
};
/** A Brasília local time as an instant. */
const brt = (local: string) => new Date(`${local}-03:00`);

describe("business calendar", () => {
  it("adds minutes within a day, across the night, the weekend and a holiday", () => {
    expect(addBusinessMinutes(brt("2026-11-23T10:00"), 90, calendar)).toEqual(
      brt("2026-11-23T11:30"),
    );
    expect(addBusinessMinutes(brt("2026-11-23T17:00"), 120, calendar)).toEqual(
      brt("2026-11-24T09:00"),
    );
    expect(addBusinessMinutes(brt("2026-11-27T17:30"), 60, calendar)).toEqual(
      brt("2026-11-30T08:30"),
    );
    expect(addBusinessMinutes(brt("2026-12-24T17:00"), 120, calendar)).toEqual(
      brt("2026-12-28T09:00"),
    );
    // Five business days of ten hours from a Monday morning: the next Monday morning.
    expect(addBusinessMinutes(brt("2026-11-23T10:00"), 3000, calendar)).toEqual(
      brt("2026-11-30T10:00"),
    );
  });

  it("starts counting at the next opening when outside business hours", () => {
    expect(addBusinessMinutes(brt("2026-11-23T06:00"), 30, calendar)).toEqual(
      brt("2026-11-23T08:30"),
    );
    expect(addBusinessMinutes(brt("2026-11-23T19:00"), 30, calendar)).toEqual(
      brt("2026-11-24T08:30"),
    );
    expect(addBusinessMinutes(brt("2026-11-28T12:00"), 30, calendar)).toEqual(
      brt("2026-11-30T08:30"),
    );
    expect(addBusinessMinutes(brt("2026-12-25T09:00"), 0, calendar)).toEqual(
      brt("2026-12-28T08:00"),
    );
  });

  it("counts business minutes between two moments", () => {
    expect(businessMinutesBetween(brt("2026-11-23T10:00"), brt("2026-11-23T10:45"), calendar)).toBe(
      45,
    );
    expect(businessMinutesBetween(brt("2026-11-27T17:00"), brt("2026-11-30T09:00"), calendar)).toBe(
      120,
    );
    expect(businessMinutesBetween(brt("2026-12-24T17:00"), brt("2026-12-28T09:00"), calendar)).toBe(
      120,
    );
    expect(businessMinutesBetween(brt("2026-11-28T10:00"), brt("2026-11-29T10:00"), calendar)).toBe(
      0,
    );
    expect(businessMinutesBetween(brt("2026-11-24T10:00"), brt("2026-11-23T10:00"), calendar)).toBe(
      0,
    );
  });

  it("follows another zone's own clock", () => {
    const lisbon = { ...calendar, timeZone: "Europe/Lisbon", holidays: new Set<string>() };
    // 2026-03-27 is a Friday; Lisbon moves to summer time (UTC+1) on Sunday the 29th.
    expect(addBusinessMinutes(new Date("2026-03-27T17:00:00Z"), 120, lisbon)).toEqual(
      new Date("2026-03-30T08:00:00Z"), // Monday 09:00 in Lisbon
    );
  });
});
