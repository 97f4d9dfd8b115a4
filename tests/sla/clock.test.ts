import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openTicket } from "@/lib/tickets/open-ticket";
import { changeState } from "@/lib/tickets/state-changes";
import type { StateAction } from "@/lib/tickets/state-machine";
import { at, demoWorld, validGeridAnswers, type World } from "../factories";

// The SLA clock through the ticket services: due dates stored on the ticket, stopping and
// resuming with the state, business hours Monday–Friday 08:00–18:00 in Brasília.

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
  const customer = action === "reject" || action === "accept" || action === "cancel";
  const result = await changeState(
    customer ? world.requester : world.agent,
    { ticketId, version, action, text: "Texto." },
    at(brt(local)),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return db.ticket.findUniqueOrThrow({ where: { id: ticketId } });
}

describe("SLA clock", () => {
  it("sets the due dates on opening from the defaults, in business time", async () => {
    const id = await open("2026-11-23T10:00"); // a Monday
    expect(await db.ticket.findUniqueOrThrow({ where: { id } })).toMatchObject({
      slaFirstResponseMinutes: 480,
      slaResolutionMinutes: 2400,
      firstResponseDueAt: instant("2026-11-23T18:00"), // 8 business hours: closing time
      resolutionDueAt: instant("2026-11-27T10:00"), // 40 business hours: Friday 10:00
      slaElapsedMinutes: 0,
      slaRunningSince: instant("2026-11-23T10:00"),
    });
  });

  it("uses the item's own targets", async () => {
    await db.catalogItem.update({
      where: { id: world.gerid.id },
      data: { slaFirstResponseMinutes: 60, slaResolutionMinutes: 600 },
    });
    try {
      const id = await open("2026-11-27T17:30"); // a Friday, half an hour before closing
      expect(await db.ticket.findUniqueOrThrow({ where: { id } })).toMatchObject({
        firstResponseDueAt: instant("2026-11-30T08:30"),
        resolutionDueAt: instant("2026-11-30T17:30"),
      });
    } finally {
      await db.catalogItem.update({
        where: { id: world.gerid.id },
        data: { slaFirstResponseMinutes: null, slaResolutionMinutes: null },
      });
    }
  });

  it("stops while waiting for the requester and resumes with what was left, skipping a holiday", async () => {
    await db.holiday.create({ data: { date: "2026-11-27", name: "Feriado municipal" } });
    const id = await open("2026-11-23T10:00");
    await move(id, "start", "2026-11-23T11:00");
    const resolved = await move(id, "resolve", "2026-11-24T10:00"); // 10 business hours later
    expect(resolved).toMatchObject({
      slaElapsedMinutes: 600,
      slaRunningSince: null,
      resolutionDueAt: null,
    });
    // Rejected on Wednesday 10:00: 1,800 minutes left = 3 business days, Friday is a holiday.
    const rejected = await move(id, "reject", "2026-11-25T10:00");
    expect(rejected).toMatchObject({
      slaElapsedMinutes: 600,
      slaRunningSince: instant("2026-11-25T10:00"),
      resolutionDueAt: instant("2026-12-01T10:00"),
    });
    const closed = await move(id, "cancel", "2026-11-26T10:00");
    expect(closed).toMatchObject({ slaElapsedMinutes: 1200, resolutionDueAt: null });
  });

  it("keeps running while waiting for another team, unless the policy pauses it there", async () => {
    const running = await open("2026-11-23T10:00");
    await move(running, "start", "2026-11-23T10:00");
    expect(await move(running, "waitForSupport", "2026-11-23T12:00")).toMatchObject({
      slaRunningSince: instant("2026-11-23T12:00"),
      resolutionDueAt: instant("2026-11-27T10:00"), // unchanged: no time was lost
    });

    await db.settings.create({ data: { slaPausedAwaitingSupport: true } });
    const paused = await open("2026-11-23T10:00");
    await move(paused, "start", "2026-11-23T10:00");
    expect(await move(paused, "waitForSupport", "2026-11-23T12:00")).toMatchObject({
      slaElapsedMinutes: 120,
      resolutionDueAt: null,
    });
    // A whole day waiting is not counted: the due date moves a business day later.
    expect(await move(paused, "resume", "2026-11-24T12:00")).toMatchObject({
      resolutionDueAt: instant("2026-11-30T10:00"),
    });
  });

  it("keeps a breached due date in the past when the clock resumes", async () => {
    const id = await open("2026-11-02T10:00");
    await move(id, "start", "2026-11-02T10:00");
    await move(id, "resolve", "2026-11-20T10:00"); // far past the 40 hours
    const rejected = await move(id, "reject", "2026-11-23T10:00");
    expect(rejected.slaElapsedMinutes).toBeGreaterThan(2400);
    expect(rejected.resolutionDueAt!.getTime()).toBeLessThan(instant("2026-11-23T10:00").getTime());
  });
});
