import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { businessMinutesBetween } from "@/lib/sla/calendar";
import { loadSlaPolicy } from "@/lib/sla/policy";
import { autoCloseDueTickets } from "@/lib/tickets/auto-close";
import { rateTicket } from "@/lib/tickets/ratings";
import { addTimeEntry } from "@/lib/tickets/time-entries";
import { refreshReportFacts } from "@/lib/reports/refresh";
import { loadReport, loadReports, reportCsv } from "@/lib/reports/reports";
import { dayLabel, eachDay } from "@/lib/reports/days";
import type { ReportFilters } from "@/lib/reports/filters";
import type { ReportTable } from "@/lib/reports/table";
import { endOfDay, startOfDay } from "@/lib/time/zone";
import { advance, at, demoWorld, openGerid, type World } from "../factories";

/**
 * A hand-built fortnight whose figures are worked out below, in the portal's zone (São Paulo,
 * -03:00: 13:00Z is 10:00), business hours Mon–Fri 8h–18h, Friday 2026-11-20 a holiday, and the
 * GERID item's SLA 120 business minutes to first response and 630 to solution.
 *
 * T4 Mon 16 10:00 opened, cancelled 11:00 unanswered (before its first-response due date).
 * T5 Tue 17 10:00 opened, never answered: first response breached.
 * T2 Wed 18 09:00 opened; started 10:00 (1 h); solved 11:00; rejected 12:00; solved again Thu 19
 *    11:00: 12 business hours from opening; the SLA clock ran 660 min (stopped while the solution
 *    waited): breached; closed automatically on Fri 27.
 * T1 Thu 19 10:00 opened; started 11:00 (1 h); solved Mon 23 10:00 across the holiday and the
 *    weekend: 8 h + 2 h = 10 business hours, SLA met; accepted Mon 23 and rated 5.
 * T3 Fri 20 (holiday) 10:00 opened; started Mon 23 09:30: 1.5 business hours, met; still open.
 */
let world: World;
const ids: Record<string, string> = {};
const REPORT_AT = "2026-11-28T12:00:00Z";
const clock = { now: new Date(REPORT_AT), timeZone: "America/Sao_Paulo" };
const filters: ReportFilters = { from: "2026-11-16", to: "2026-11-29", bucket: "dia" };

const openedAt = async (name: string, iso: string) => {
  ids[name] = (await openGerid(world, {}, world.requester, at(iso))).id;
};

beforeAll(async () => {
  world = await demoWorld();
  await db.holiday.create({ data: { date: "2026-11-20", name: "Consciência Negra" } });
  await db.catalogItem.update({
    where: { id: world.gerid.id },
    data: { slaFirstResponseMinutes: 120, slaResolutionMinutes: 630 },
  });
  await openedAt("T4", "2026-11-16T13:00:00Z");
  await advance(world, ids.T4!, ["cancel"], at("2026-11-16T14:00:00Z"));
  await openedAt("T5", "2026-11-17T13:00:00Z");
  await openedAt("T2", "2026-11-18T12:00:00Z");
  await advance(world, ids.T2!, ["start"], at("2026-11-18T13:00:00Z"));
  await advance(world, ids.T2!, ["resolve"], at("2026-11-18T14:00:00Z"));
  await advance(world, ids.T2!, ["reject"], at("2026-11-18T15:00:00Z"));
  await advance(world, ids.T2!, ["resolve"], at("2026-11-19T14:00:00Z"));
  await openedAt("T1", "2026-11-19T13:00:00Z");
  await advance(world, ids.T1!, ["start"], at("2026-11-19T14:00:00Z"));
  await openedAt("T3", "2026-11-20T13:00:00Z");
  await advance(world, ids.T1!, ["resolve"], at("2026-11-23T13:00:00Z"));
  await advance(world, ids.T1!, ["accept"], at("2026-11-23T15:00:00Z"));
  await rateTicket(world.requester, { ticketId: ids.T1!, score: 5 }, at("2026-11-23T16:00:00Z"));
  await advance(world, ids.T3!, ["start"], at("2026-11-23T12:30:00Z"));
  expect(await autoCloseDueTickets(at("2026-11-27T12:00:00Z"))).toEqual({ closed: 1 });
  await refreshReportFacts(at(REPORT_AT));
});

const report = async (id: Parameters<typeof loadReport>[1], actor = world.admin) =>
  (await loadReport(actor, id, filters, clock))!;
const rowOf = (table: ReportTable, label: string) => table.rows.find((r) => r[0] === label);

describe("reports over a hand-built fortnight", () => {
  it("counts volume per day and per week", async () => {
    const volume = await report("volume");
    const total = (i: number) => volume.rows.reduce((s, r) => s + (r[i] as number), 0);
    expect([1, 2, 3, 4].map(total)).toEqual([5, 2, 2, 1]);
    expect(rowOf(volume, "19/11/2026")).toEqual(["19/11/2026", 1, 1, 0, 0]);
    expect(rowOf(volume, "23/11/2026")).toEqual(["23/11/2026", 0, 1, 1, 0]);
    const weeks = (await loadReport(
      world.admin,
      "volume",
      { ...filters, bucket: "semana" },
      clock,
    ))!;
    expect(weeks.rows).toEqual([
      ["16/11/2026", 5, 1, 0, 1],
      ["23/11/2026", 0, 1, 2, 0],
    ]);
  });

  it("follows the backlog at the end of each day and its age", async () => {
    const backlog = await report("backlog");
    expect(backlog.rows.map((r) => r[1])).toEqual([0, 1, 2, 3, 4, 4, 4, 3, 3, 3, 3, 2, 2, 2]);
    expect(rowOf(await report("idade"), "8 a 30 dias")![1]).toBe(2);
  });

  it("gives SLA percentages, and medians and 90th percentiles in business hours", async () => {
    const sla = await report("sla-grupo");
    expect(sla.rows).toEqual([["Atendimento N1", 75, 3, 1, 50, 1, 1]]);
    const times = await report("tempos");
    expect(times.rows).toEqual([
      ["Primeira resposta", 3, 1, 1.5],
      ["Solução", 2, 11, 12],
    ]);
  });

  it("counts acceptance, rejections and satisfaction", async () => {
    const acceptance = await report("aceitacao");
    expect(rowOf(acceptance, "Aceitas pelo usuário")![1]).toBe(1);
    expect(rowOf(acceptance, "Fechadas automaticamente")![1]).toBe(1);
    expect(rowOf(acceptance, "Canceladas")![1]).toBe(1);
    expect(rowOf(acceptance, "Reprovadas (resolvidas após rejeição)")!.slice(1)).toEqual([1, 50]);
    expect(rowOf(acceptance, "Rejeições de solução")![1]).toBe(1);
    expect(rowOf(await report("satisfacao"), "5 de 5")![1]).toBe(1);
  });

  it("shows an analyst only their groups, and nothing to a requester", async () => {
    const own = await report("volume", world.agent);
    expect(own.rows.reduce((s, r) => s + (r[1] as number), 0)).toBe(5);
    const other = await report("volume", world.otherAgent);
    expect(other.rows.every((r) => r.slice(1).every((n) => n === 0))).toBe(true);
    expect(await loadReports(world.requester, filters, clock)).toBeNull();
  });

  it("filters by organization", async () => {
    const filtered = (await loadReport(
      world.admin,
      "volume",
      { ...filters, organizationId: world.stateRequester.organizationId! },
      clock,
    ))!;
    expect(filtered.rows.every((r) => r[1] === 0)).toBe(true);
  });

  it("adds up the hours each analyst logged in the period, on the tickets in scope", async () => {
    for (const [minutes, workDate] of [
      [90, "2026-11-19"],
      [30, "2026-11-29"],
      [600, "2026-11-30"],
    ] as const) {
      expect((await addTimeEntry(world.agent, { ticketId: ids.T1!, minutes, workDate })).ok).toBe(
        true,
      );
    }
    const { name } = await db.user.findUniqueOrThrow({ where: { id: world.agent.id } });
    const hoursOf = (table: ReportTable) => rowOf(table, name)?.[2];
    expect(hoursOf(await report("analistas"))).toBe(2);
    expect(hoursOf(await report("analistas", world.agent))).toBe(2);
    expect(hoursOf(await report("analistas", world.otherAgent))).toBeUndefined();
    const otherOrganization = { ...filters, organizationId: world.stateRequester.organizationId! };
    const filtered = await loadReport(world.admin, "analistas", otherOrganization, clock);
    expect(hoursOf(filtered!)).toBeUndefined();
  });

  it("writes a CSV with semicolons and a byte-order mark", async () => {
    const { csv, fileName } = reportCsv(await report("tempos"), filters);
    expect(fileName).toBe("relatorio-tempos-2026-11-16-a-2026-11-29.csv");
    expect(csv).toBe(
      "\uFEFFMedida;Solicitações;Mediana (horas úteis);Percentil 90 (horas úteis)\r\n" +
        "Primeira resposta;3;1;1,5\r\nSolução;2;11;12\r\n",
    );
  });

  it("equals the raw computation from the tickets", async () => {
    const tickets = await db.ticket.findMany();
    const { calendar } = await loadSlaPolicy(db);
    const inDay = (at: Date | null, day: string) =>
      !!at && at >= startOfDay(day, clock.timeZone) && at < endOfDay(day, clock.timeZone);
    const raw = eachDay(filters.from, filters.to).map((day) => [
      dayLabel(day),
      tickets.filter((t) => inDay(t.createdAt, day)).length,
      tickets.filter((t) => inDay(t.resolvedAt, day)).length,
      tickets.filter((t) => t.state === "CLOSED" && inDay(t.closedAt, day)).length,
      tickets.filter((t) => t.state === "CANCELLED" && inDay(t.closedAt, day)).length,
    ]);
    expect((await report("volume")).rows).toEqual(raw);
    const solutions = tickets
      .filter((t) => t.resolvedAt)
      .map((t) => businessMinutesBetween(t.createdAt, t.resolvedAt!, calendar))
      .sort((a, b) => a - b);
    expect(solutions).toEqual([600, 720]);
    const facts = await db.reportTicket.findMany({ orderBy: { solutionMinutes: "asc" } });
    expect(facts.flatMap((f) => (f.solutionMinutes === null ? [] : [f.solutionMinutes]))).toEqual(
      solutions,
    );
    expect(facts.map((f) => f.rejections).sort()).toEqual(
      tickets.map((t) => t.rejectionCount).sort(),
    );
  });

  it("brings the facts up to date incrementally, and counts again when the calendar changes", async () => {
    await advance(world, ids.T5!, ["cancel"], at("2026-11-28T13:00:00Z"));
    expect(await refreshReportFacts(at("2026-11-28T13:30:00Z"))).toEqual({ refreshed: 1 });
    expect(
      (await db.reportTicket.findUniqueOrThrow({ where: { ticketId: ids.T5! } })).outcome,
    ).toBe("CANCELLED");
    await db.holiday.delete({ where: { date: "2026-11-20" } });
    expect(await refreshReportFacts(at("2026-11-28T14:00:00Z"))).toEqual({ refreshed: 5 });
    const t1 = await db.reportTicket.findUniqueOrThrow({ where: { ticketId: ids.T1! } });
    expect(t1.solutionMinutes).toBe(600 + 600); // Friday counts now
  });
});
