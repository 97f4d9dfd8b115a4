import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  businessDaysAfter,
  businessDaysBefore,
  subtractBusinessMinutes,
  type BusinessCalendar,
} from "@/lib/sla/calendar";
import { addComment } from "@/lib/tickets/comments";
import { openTicket } from "@/lib/tickets/open-ticket";
import { changeState } from "@/lib/tickets/state-changes";
import type { StateAction } from "@/lib/tickets/state-machine";
import { at, demoWorld, validGeridAnswers, type World } from "../factories";

// The resolution clock stops while support waits for the requester's information, as it does
// while a solution waits for acceptance, and runs again from the requester's answer.

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});
beforeEach(async () => {
  await db.settings.deleteMany();
  await db.holiday.deleteMany();
});

const brt = (local: string) => `${local}:00-03:00`;
const instant = (local: string) => new Date(brt(local));

async function open(local: string) {
  const result = await openTicket(
    world.requester,
    { itemId: world.gerid.id, answers: validGeridAnswers, description: "SLA." },
    at(brt(local)),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

async function move(ticketId: string, action: StateAction, local: string) {
  const { version } = await db.ticket.findUniqueOrThrow({ where: { id: ticketId } });
  const result = await changeState(
    world.agent,
    { ticketId, version, action, text: "Qual é o seu CPF?" },
    at(brt(local)),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return db.ticket.findUniqueOrThrow({ where: { id: ticketId } });
}

describe("SLA clock while waiting for information", () => {
  it("stops when support asks, and resumes with what was left when the requester answers", async () => {
    await db.holiday.create({ data: { date: "2026-11-27", name: "Feriado municipal" } });
    const id = await open("2026-11-23T10:00"); // a Monday
    await move(id, "start", "2026-11-23T11:00");
    const asked = await move(id, "askForInfo", "2026-11-24T10:00"); // 10 business hours later
    expect(asked).toMatchObject({
      state: "AWAITING_INFO",
      slaElapsedMinutes: 600,
      slaRunningSince: null,
      resolutionDueAt: null,
    });

    // The answer on Wednesday 10:00: 1,800 minutes left = 3 business days, Friday a holiday.
    const answer = await addComment(
      world.requester,
      { ticketId: id, body: "Meu CPF é 529.982.247-25." },
      at(brt("2026-11-25T10:00")),
    );
    expect(answer.ok).toBe(true);
    expect(await db.ticket.findUniqueOrThrow({ where: { id } })).toMatchObject({
      state: "IN_PROGRESS",
      slaElapsedMinutes: 600,
      slaRunningSince: instant("2026-11-25T10:00"),
      resolutionDueAt: instant("2026-12-01T10:00"),
    });
  });

  it("resumes the same way when support resumes by hand", async () => {
    const id = await open("2026-11-23T10:00");
    await move(id, "askForInfo", "2026-11-23T12:00"); // straight from "Aberta"
    const resumed = await move(id, "resume", "2026-11-24T12:00");
    expect(resumed).toMatchObject({
      state: "IN_PROGRESS",
      slaElapsedMinutes: 120,
      slaRunningSince: instant("2026-11-24T12:00"),
      resolutionDueAt: instant("2026-11-30T10:00"), // 2,280 minutes: Tue 6h, Wed–Fri 30h, Mon 2h
    });
  });
});

// Monday to Friday, 08:00–18:00 in Brasília, Christmas off.
const calendar: BusinessCalendar = {
  days: new Set([1, 2, 3, 4, 5]),
  start: 8 * 60,
  end: 18 * 60,
  holidays: new Set(["2026-12-25"]),
  timeZone: "America/Sao_Paulo",
};
const local = (text: string) => new Date(`${text}-03:00`);

describe("business days back and forth", () => {
  it("counts business days back from a moment, over nights, weekends and holidays", () => {
    // Wednesday 10:00 minus 3 business days: Friday 10:00 (Fri 8h + Mon 10h + Tue 10h + Wed 2h).
    expect(businessDaysBefore(local("2026-11-25T10:00"), 3, calendar)).toEqual(
      local("2026-11-20T10:00"),
    );
    // At night or on a weekend, counting starts from the last business moment.
    expect(businessDaysBefore(local("2026-11-28T23:00"), 1, calendar)).toEqual(
      local("2026-11-27T08:00"),
    );
    expect(subtractBusinessMinutes(local("2026-11-24T07:00"), 30, calendar)).toEqual(
      local("2026-11-23T17:30"),
    );
    // Christmas is skipped.
    expect(businessDaysBefore(local("2026-12-28T09:00"), 1, calendar)).toEqual(
      local("2026-12-24T09:00"),
    );
  });

  it("is the mirror of counting forward", () => {
    const start = local("2026-12-23T15:20");
    for (const days of [1, 2, 3, 5, 10]) {
      const due = businessDaysAfter(start, days, calendar);
      expect(businessDaysBefore(due, days, calendar)).toEqual(start);
    }
  });
});
