import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { autoCloseDueTickets } from "@/lib/tickets/auto-close";
import { refreshReportFacts } from "@/lib/reports/refresh";
import { loadReport } from "@/lib/reports/reports";
import type { ReportFilters } from "@/lib/reports/filters";
import { advance, at, demoWorld, openGerid, type World } from "../factories";

/**
 * ReportDay, the sums per day and group that the volume, backlog and age reports read, against
 * the same sums worked out here from every row of ReportTicket, after each of a series of
 * changes counted incrementally by the report-facts job: solutions, a rejection, endings of each
 * kind, a change of group, and a recount of everything when the calendar changes.
 */
let world: World;
const ids: string[] = [];

const ENDED = {
  ACCEPTED: "accepted",
  AUTO_CLOSED: "autoClosed",
  INFO_CLOSED: "infoClosed",
  CANCELLED: "cancelled",
} as const;

const COUNTS = [
  ...["opened", "solved", "accepted", "autoClosed", "infoClosed", "cancelled"],
  ...["stillOpen", "frMet", "frMissed", "solMet", "solMissed"],
] as const;

/** The sums from the facts, one row per day, group and service with a count, as ReportDay's. */
async function sumsOfFacts() {
  const sums = new Map<string, Record<string, string | number>>();
  const add = (f: { groupId: string; itemId: string }, day: string | null, count: string) => {
    if (!day) return;
    const key = `${day} ${f.groupId} ${f.itemId}`;
    const row = sums.get(key) ?? {
      day,
      groupId: f.groupId,
      itemId: f.itemId,
      ...Object.fromEntries(COUNTS.map((c) => [c, 0])),
    };
    (row[count] as number) += 1;
    sums.set(key, row);
  };
  for (const f of await db.reportTicket.findMany()) {
    add(f, f.openedDay, "opened");
    add(f, f.solvedDay, "solved");
    if (f.outcome) add(f, f.endedDay, ENDED[f.outcome as keyof typeof ENDED]);
    if (!f.endedDay) add(f, f.openedDay, "stillOpen");
    if (f.firstResponseMet !== null) add(f, f.openedDay, f.firstResponseMet ? "frMet" : "frMissed");
    if (f.solutionMet !== null) add(f, f.solvedDay, f.solutionMet ? "solMet" : "solMissed");
  }
  const order = (r: Record<string, string | number>) => `${r.day} ${r.groupId} ${r.itemId}`;
  return [...sums.values()].sort((a, b) => order(a).localeCompare(order(b)));
}

async function storedSums() {
  const rows = await db.reportDay.findMany({
    orderBy: [{ day: "asc" }, { groupId: "asc" }, { itemId: "asc" }],
  });
  return rows.filter((r) => COUNTS.some((c) => r[c] !== 0));
}

const expectSumsOfFacts = async () => {
  const stored = await storedSums();
  expect(stored.length).toBeGreaterThan(0);
  expect(stored).toEqual(await sumsOfFacts());
};

beforeAll(async () => {
  world = await demoWorld();
  await db.catalogItem.update({
    where: { id: world.gerid.id },
    data: { slaFirstResponseMinutes: 120, slaResolutionMinutes: 630 },
  });
  for (const [i, iso] of [
    "2026-11-02T13:00:00Z",
    "2026-11-03T13:00:00Z",
    "2026-11-03T20:00:00Z",
    "2026-11-05T13:00:00Z",
    "2026-11-06T13:00:00Z",
  ].entries()) {
    ids[i] = (await openGerid(world, {}, world.requester, at(iso))).id;
  }
  // Answered and solved within its first hour: both in time (the others come days late).
  await advance(world, ids[4]!, ["start", "resolve"], at("2026-11-06T14:00:00Z"));
  await refreshReportFacts(at("2026-11-06T18:00:00Z"));
});

describe("ReportDay, the facts' sums per day and group", () => {
  it("equals the sums of the facts after each change, counted incrementally", async () => {
    await expectSumsOfFacts();
    await advance(world, ids[0]!, ["start", "resolve", "accept"], at("2026-11-09T13:00:00Z"));
    await advance(world, ids[1]!, ["start", "resolve"], at("2026-11-09T14:00:00Z"));
    await advance(world, ids[2]!, ["cancel"], at("2026-11-09T15:00:00Z"));
    await refreshReportFacts(at("2026-11-09T18:00:00Z"));
    await expectSumsOfFacts();
    // A rejected solution no longer counts; the next one counts on its own day.
    await advance(world, ids[3]!, ["start", "resolve"], at("2026-11-10T13:00:00Z"));
    await advance(world, ids[3]!, ["reject"], at("2026-11-11T13:00:00Z"));
    await refreshReportFacts(at("2026-11-11T18:00:00Z"));
    await expectSumsOfFacts();
    await advance(world, ids[3]!, ["resolve"], at("2026-11-12T13:00:00Z"));
    expect((await autoCloseDueTickets(at("2026-11-30T12:00:00Z"))).closed).toBeGreaterThan(0);
    // Moved to another group: its counts move with it.
    await db.ticket.update({
      where: { id: ids[4]! },
      data: { groupId: world.relacionamento.id, updatedAt: new Date("2026-11-30T12:00:00Z") },
    });
    await refreshReportFacts(at("2026-11-30T13:00:00Z"));
    const sums = await sumsOfFacts();
    expect(sums.some((r) => r.groupId === world.relacionamento.id)).toBe(true);
    expect(sums.some((r) => (r.autoClosed as number) > 0)).toBe(true);
    for (const count of ["frMet", "frMissed", "solMet", "solMissed"])
      expect([count, sums.some((r) => (r[count] as number) > 0)]).toEqual([count, true]);
    await expectSumsOfFacts();
    // Every ticket counted again (a new holiday): each fact replaced, the sums unchanged.
    await db.holiday.create({ data: { date: "2026-11-20", name: "Consciência Negra" } });
    expect((await refreshReportFacts(at("2026-11-30T14:00:00Z"))).refreshed).toBe(5);
    await expectSumsOfFacts();
  });

  it("gives the reports the figures the facts give under a filter", async () => {
    // An organization filter reads the facts; without it, ReportDay. Every ticket is from the
    // requester's organization.
    const filters: ReportFilters = { from: "2026-11-01", to: "2026-11-30", bucket: "dia" };
    const organizationId = world.requester.organizationId!;
    const clock = { now: new Date("2026-11-30T15:00:00Z"), timeZone: "America/Sao_Paulo" };
    for (const id of [
      "volume",
      "backlog",
      "idade",
      "sla-grupo",
      "sla-item",
      "top-itens",
    ] as const) {
      const bySums = await loadReport(world.admin, id, filters, clock);
      const byFacts = await loadReport(world.admin, id, { ...filters, organizationId }, clock);
      expect(bySums!.rows).toEqual(byFacts!.rows);
    }
    const earlier = { ...filters, to: "2026-11-10" };
    const idade = await loadReport(world.admin, "idade", earlier, clock);
    expect(idade!.rows).toEqual(
      (await loadReport(world.admin, "idade", { ...earlier, organizationId }, clock))!.rows,
    );
  });

  it("is filled from the facts already counted by its migration", async () => {
    const folder = path.join("prisma/migrations", inject("provider"));
    const migration = fs.readdirSync(folder).find((name) => name.endsWith("_report_days"))!;
    const sql = fs.readFileSync(path.join(folder, migration, "migration.sql"), "utf8");
    await db.reportDay.deleteMany();
    await db.$executeRawUnsafe(sql.slice(sql.indexOf("INSERT INTO")));
    await expectSumsOfFacts();
  });
});
