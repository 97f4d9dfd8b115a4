import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bulkAssignToMe, bulkTransfer } from "@/lib/tickets/bulk";
import { agentDashboard } from "@/lib/tickets/dashboard";
import { linkTickets, relatedTickets, unlinkTickets } from "@/lib/tickets/related";
import { addTimeEntry, billingCsv, ticketTime } from "@/lib/tickets/time-entries";
import { advance, demoWorld, openGerid, type World } from "../factories";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

describe("related tickets", () => {
  it("links two tickets once, shows the link on both sides, and unlinks", async () => {
    const a = await openGerid(world);
    const b = await openGerid(world);
    expect(await linkTickets(world.agent, { ticketId: a.id, number: b.number })).toMatchObject({
      ok: true,
    });
    expect(
      await linkTickets(world.agent, { ticketId: b.id, number: a.number.toLowerCase() }),
    ).toMatchObject({
      ok: true,
    }); // the same pair: still one link
    expect(await db.ticketLink.count({ where: { OR: [{ fromId: a.id }, { toId: a.id }] } })).toBe(
      1,
    );
    expect((await relatedTickets(world.agent, a.id)).map((t) => t.number)).toEqual([b.number]);
    expect((await relatedTickets(world.agent, b.id)).map((t) => t.number)).toEqual([a.number]);

    expect(await unlinkTickets(world.agent, { ticketId: b.id, otherId: a.id })).toMatchObject({
      ok: true,
    });
    expect(await relatedTickets(world.agent, a.id)).toEqual([]);
  });

  it("refuses requesters, other groups' agents, unknown numbers and a ticket with itself", async () => {
    const a = await openGerid(world);
    expect(await linkTickets(world.requester, { ticketId: a.id, number: a.number })).toMatchObject({
      error: "forbidden",
    });
    expect(await linkTickets(world.otherAgent, { ticketId: a.id, number: a.number })).toMatchObject(
      {
        error: "forbidden",
      },
    );
    expect(await linkTickets(world.agent, { ticketId: a.id, number: "CS9999999" })).toMatchObject({
      fieldErrors: { number: "Chamado não encontrado." },
    });
    expect(await linkTickets(world.agent, { ticketId: a.id, number: a.number })).toMatchObject({
      fieldErrors: { number: "Um chamado não pode ser relacionado a ele mesmo." },
    });
  });
});

describe("time entries", () => {
  it("logs time with totals, validates it, and exports an organization's period as CSV", async () => {
    const ticket = await openGerid(world);
    const log = (input: { minutes: number; [key: string]: unknown }) =>
      addTimeEntry(world.agent, { ticketId: ticket.id, workDate: "2026-11-20", ...input });
    expect(await log({ minutes: 90, note: '=HYPERLINK("x")' })).toMatchObject({ ok: true });
    expect(await log({ minutes: 30, billable: false })).toMatchObject({ ok: true });
    expect(await log({ minutes: 0 })).toMatchObject({
      fieldErrors: { minutes: "Informe ao menos 1 minuto." },
    });
    expect(await log({ minutes: 10, workDate: "20/11/2026" })).toMatchObject({
      fieldErrors: { workDate: "Informe a data." },
    });
    expect(
      await addTimeEntry(world.requester, {
        ticketId: ticket.id,
        minutes: 5,
        workDate: "2026-11-20",
      }),
    ).toMatchObject({
      error: "forbidden",
    });
    expect(await ticketTime(world.agent, ticket.id)).toMatchObject({ total: 120, billable: 90 });

    const csv = await billingCsv(world.agent, {
      organizationId: ticket.organizationId,
      from: "2026-11-01",
      to: "2026-11-30",
    });
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    const lines = csv.value.csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("Data;Número;Organização;Analista;Minutos;Horas;Faturável;Observação");
    expect(lines).toContain(
      `2026-11-20;${ticket.number};Prefeitura Municipal de Demonstração;Analista Demo;90;1,50;Sim;"'=HYPERLINK(""x"")"`,
    );
    expect(lines.some((l) => l.includes(";30;0,50;Não;"))).toBe(true);
    const outside = await billingCsv(world.agent, {
      organizationId: ticket.organizationId,
      from: "2026-12-01",
      to: "2026-12-31",
    });
    expect(outside.ok && outside.value.csv.trim().split("\r\n")).toHaveLength(1);
    // The requester sees the ticket, but not the time logged on it.
    expect(
      await billingCsv(world.requester, {
        organizationId: ticket.organizationId,
        from: "2026-11-01",
        to: "2026-11-30",
      }),
    ).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("bulk actions and the dashboard", () => {
  it("assigns and transfers each selected ticket it may, and says which it may not", async () => {
    const mine = await openGerid(world);
    const closed = await advance(world, (await openGerid(world)).id, [
      "start",
      "resolve",
      "accept",
    ]);
    const assigned = await bulkAssignToMe(world.agent, [mine.id, closed.id]);
    expect(assigned).toMatchObject({ ok: true, value: { done: 1 } });
    expect(assigned.ok && assigned.value.refused.map((r) => r.number)).toEqual([closed.number]);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: mine.id } })).assigneeId).toBe(
      world.agent.id,
    );

    const moved = await bulkTransfer(
      world.agent,
      [mine.id],
      world.relacionamento.id,
      "Escalonado.",
    );
    expect(moved).toMatchObject({ ok: true, value: { done: 1, refused: [] } });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: mine.id } })).groupId).toBe(
      world.relacionamento.id,
    );
    // Now in a group the agent is not in: out of sight, so not even named in the report.
    expect(await bulkAssignToMe(world.agent, [mine.id])).toEqual({
      ok: true,
      value: { done: 0, refused: [] },
    });
  });

  it("counts and lists what is late and what waits longest", async () => {
    const late = await openGerid(world);
    await db.ticket.update({
      where: { id: late.id },
      data: { resolutionDueAt: new Date(Date.now() - 60_000) },
    });
    const dashboard = (await agentDashboard(world.agent))!;
    expect(dashboard.breached.map((t) => t.number)).toContain(late.number);
    expect(dashboard.oldest.length).toBeGreaterThan(0);
    expect(dashboard.perGroup.find((g) => g.name === "Atendimento N1")?.count).toBeGreaterThan(0);
    expect((await agentDashboard(world.otherAgent))!.breached.map((t) => t.number)).not.toContain(
      late.number,
    );
  });
});
