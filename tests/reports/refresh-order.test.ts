import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshReportFacts } from "@/lib/reports/refresh";
import { at, demoWorld, openGerid } from "../factories";

/**
 * The report-facts job walks the tickets in (updatedAt, id) order from a mark, one slice after
 * another. A mass closing gives thousands of tickets the same updatedAt, so a slice often ends
 * inside such a tie: the next one must go on after the mark's ticket, neither counting a ticket
 * twice nor skipping one.
 */
const TIED = 260; // more than the job's first slices (100 tickets, then adapting)
const STAMP = new Date("2026-11-10T15:00:00Z");

beforeAll(async () => {
  const world = await demoWorld();
  for (let i = 0; i < TIED; i++)
    await openGerid(world, {}, world.requester, at("2026-11-09T12:00:00Z"));
  // One sweep's stamp on every ticket, as auto-close writes it.
  await db.ticket.updateMany({ data: { updatedAt: STAMP } });
});

describe("report facts of tickets that share one updatedAt", () => {
  it("are each written once, whatever slice a tie falls in", async () => {
    const tickets = await db.ticket.findMany({ select: { id: true } });
    expect(tickets.length).toBeGreaterThanOrEqual(TIED);
    const first = await refreshReportFacts(at("2026-11-10T15:05:00Z"));
    expect(first.refreshed).toBe(tickets.length);
    const facts = await db.reportTicket.findMany({ select: { ticketId: true } });
    expect(facts.map((f) => f.ticketId).sort()).toEqual(tickets.map((t) => t.id).sort());

    // The mark now stands at the end of the tie: a later run finds nothing new in it.
    const mark = await db.reportRefresh.findUniqueOrThrow({ where: { id: 1 } });
    expect(mark.changedSince).toEqual(STAMP);
    expect((await refreshReportFacts(at("2026-11-10T15:06:00Z"))).refreshed).toBe(0);
  });
});
