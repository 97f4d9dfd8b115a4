import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_SETTINGS } from "@/lib/settings";
import { serviceHoursOf } from "@/lib/sla/policy";
import {
  holidayDateText,
  requesterDeadline,
  serviceHoursText,
  type DeadlineContext,
} from "@/lib/sla/requester-deadline";
import { serviceCalendar } from "@/lib/sla/service-hours";
import { openTicket } from "@/lib/tickets/open-ticket";
import { advance, at, demoWorld, validGeridAnswers, type World } from "../factories";
import { TEST_TIME_ZONE, expectedMidnight } from "../support/time-zone";

// "Prazo para solução" as the requester reads it (issue 18, part 6), in the portal's zone: the
// other-zone project runs this with the portal in Acre and the server at UTC+14.

/** The instant of a local time ("2026-12-03", 14, 0) in the test's portal zone. */
const local = (day: string, hour: number, minute = 0) =>
  new Date(expectedMidnight(day).getTime() + (hour * 60 + minute) * 60_000);

const context = (overrides: Partial<DeadlineContext> = {}): DeadlineContext => ({
  hours: serviceHoursOf(DEFAULT_SETTINGS),
  pausedAwaitingSupport: false,
  timeZone: TEST_TIME_ZONE,
  now: local("2026-12-01", 9),
  ...overrides,
});

describe("the deadline in plain words", () => {
  it("says when the solution is due and in which hours, in the portal's zone", () => {
    const due = local("2026-12-03", 14);
    expect(requesterDeadline({ state: "IN_PROGRESS", resolutionDueAt: due }, context())).toBe(
      "até 03/12 às 14h, em horário de atendimento: seg–sex 8h–18h",
    );
    expect(
      requesterDeadline(
        { state: "OPEN", resolutionDueAt: local("2027-01-05", 8, 30) },
        context({ now: local("2026-12-31", 17) }),
      ),
    ).toBe("até 05/01/2027 às 8h30, em horário de atendimento: seg–sex 8h–18h");
    expect(
      requesterDeadline(
        { state: "IN_PROGRESS", resolutionDueAt: due },
        context({ now: local("2026-12-04", 9) }),
      ),
    ).toBe("vencido desde 03/12 às 14h");
  });

  it("says why the clock is stopped, and nothing once the ticket has ended", () => {
    const due = local("2026-12-03", 14);
    for (const state of ["AWAITING_USER", "AWAITING_INFO"] as const) {
      expect(requesterDeadline({ state, resolutionDueAt: null }, context())).toBe(
        "parado: aguardando sua resposta",
      );
    }
    expect(
      requesterDeadline(
        { state: "AWAITING_USER", resolutionDueAt: null },
        context({ readerAnswers: false }),
      ),
    ).toBe("parado: aguardando a resposta do solicitante");
    const awaitingSupport = { state: "AWAITING_SUPPORT" as const, resolutionDueAt: due };
    expect(requesterDeadline(awaitingSupport, context({ pausedAwaitingSupport: true }))).toBe(
      "parado: aguardando outra equipe",
    );
    expect(requesterDeadline(awaitingSupport, context())).toMatch(/^até 03\/12 às 14h/);
    expect(requesterDeadline({ state: "CLOSED", resolutionDueAt: null }, context())).toBeNull();
    expect(requesterDeadline({ state: "CANCELLED", resolutionDueAt: due }, context())).toBeNull();
  });

  it("writes other business hours and holidays as a person would", () => {
    expect(serviceHoursText({ days: new Set([5, 1, 2, 3, 6]), start: 450, end: 720 })).toBe(
      "seg–qua, sex–sáb 7h30–12h",
    );
    expect(serviceHoursText({ days: new Set([7]), start: 540, end: 780 })).toBe("dom 9h–13h");
    expect(holidayDateText("2026-12-25")).toBe("25/12/2026 (sexta-feira)");
    expect(holidayDateText("2027-01-03")).toBe("03/01/2027 (domingo)");
  });
});

describe("from a real ticket and the settings", () => {
  let world: World;
  beforeAll(async () => {
    world = await demoWorld();
    await db.settings.create({
      data: { id: 1, ...DEFAULT_SETTINGS, timeZone: TEST_TIME_ZONE, businessEnd: "17:30" },
    });
    await db.holiday.createMany({
      data: [
        { date: "2000-01-01", name: "Confraternização de 2000" },
        { date: "2999-12-25", name: "Natal de 2999" },
      ],
    });
  });

  it("gives the due date the clock stored, and stops with the ticket", async () => {
    const opened = local("2026-11-23", 10); // a Monday
    const result = await openTicket(
      world.requester,
      { itemId: world.gerid.id, answers: validGeridAnswers, description: "Prazo." },
      at(opened.toISOString()),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const fresh = await db.ticket.findUniqueOrThrow({ where: { id: result.value.id } });
    const hours = serviceHoursOf({ ...DEFAULT_SETTINGS, businessEnd: "17:30" });
    const words = requesterDeadline(fresh, context({ hours, now: opened }));
    // 40 business hours of 9h30 a day from Monday 10:00: Friday 12:00.
    expect(words).toBe("até 27/11 às 12h, em horário de atendimento: seg–sex 8h–17h30");

    const resolved = await advance(world, fresh.id, ["start", "resolve"], at(opened.toISOString()));
    expect(requesterDeadline(resolved, context({ hours, now: opened }))).toBe(
      "parado: aguardando sua resposta",
    );
  });

  it("lists the hours and the holidays from today on for the public page", async () => {
    const calendar = await serviceCalendar();
    expect(calendar.hours).toBe("seg–sex 8h–17h30");
    expect(calendar.timeZone).toBe(TEST_TIME_ZONE);
    expect(calendar.holidays.map((h) => h.name)).toEqual(["Natal de 2999"]);
  });
});
