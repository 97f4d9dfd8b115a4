import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeState } from "@/lib/tickets/state-changes";
import { addFollower } from "@/lib/tickets/followers";
import {
  advance,
  answerOf,
  at,
  demoWorld,
  openGerid,
  recipientsOf,
  type World,
} from "../factories";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

describe("changeState", () => {
  it("walks the product's whole cycle, with an event and e-mails per step", async () => {
    const ticket = await openGerid(world, { followerIds: [world.colleague.id] });
    const t0 = "2026-11-02T12:00:00.000Z";

    const started = await changeState(
      world.agent,
      { ticketId: ticket.id, version: 1, action: "start" },
      at(t0),
    );
    expect(started).toEqual({ ok: true, value: { version: 2 } });
    let row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row).toMatchObject({ state: "IN_PROGRESS", assigneeId: world.agent.id });
    expect(row.firstResponseAt?.toISOString()).toBe(t0);

    await changeState(world.agent, { ticketId: ticket.id, version: 2, action: "waitForSupport" });
    await changeState(world.agent, { ticketId: ticket.id, version: 3, action: "resume" });
    const resolved = await changeState(
      world.agent,
      { ticketId: ticket.id, version: 4, action: "resolve", text: "Acesso liberado." },
      at("2026-11-03T10:00:00Z"),
    );
    expect(resolved.ok).toBe(true);
    row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row.state).toBe("AWAITING_USER");
    expect(row.resolvedAt?.toISOString()).toBe("2026-11-03T10:00:00.000Z");
    expect(row.autoCloseDueAt?.toISOString()).toBe("2026-11-10T10:00:00.000Z"); // 7 days, the default setting

    const resolveEvent = await db.ticketEvent.findFirstOrThrow({
      where: { ticketId: ticket.id, toState: "AWAITING_USER" },
    });
    expect(resolveEvent).toMatchObject({
      type: "STATE_CHANGED",
      fromState: "IN_PROGRESS",
      body: "Acesso liberado.",
      visibility: "PUBLIC",
    });
    expect(await recipientsOf(resolveEvent.id)).toEqual(
      [world.requester.id, world.colleague.id].sort(),
    );

    const accepted = await changeState(
      world.requester,
      { ticketId: ticket.id, version: 5, action: "accept" },
      at("2026-11-04T09:00:00Z"),
    );
    expect(accepted.ok).toBe(true);
    row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row).toMatchObject({ state: "CLOSED", autoCloseDueAt: null, version: 6 });
    expect(row.closedAt?.toISOString()).toBe("2026-11-04T09:00:00.000Z");
    const acceptEvent = await db.ticketEvent.findFirstOrThrow({
      where: { ticketId: ticket.id, toState: "CLOSED" },
    });
    // The follower and the assigned agent hear about it; the requester, who accepted, does not.
    expect(await recipientsOf(acceptEvent.id)).toEqual([world.colleague.id, world.agent.id].sort());

    const events = await db.ticketEvent.count({ where: { ticketId: ticket.id } });
    expect(events).toBe(6);
  });

  it("reopens on rejection with a reason, clearing the resolution", async () => {
    const ticket = await advance(world, (await openGerid(world)).id, ["start", "resolve"]);
    const rejected = await changeState(world.requester, {
      ticketId: ticket.id,
      version: ticket.version,
      action: "reject",
      text: "Continua sem acesso.",
    });
    expect(rejected.ok).toBe(true);
    const row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row).toMatchObject({ state: "IN_PROGRESS", resolvedAt: null, autoCloseDueAt: null });
  });

  it("lets the requested-for user accept, and cancels with a reason from any open state", async () => {
    const forColleague = await advance(
      world,
      (await openGerid(world, { requestedForId: world.colleague.id })).id,
      ["start", "resolve"],
    );
    const accepted = await changeState(world.colleague, {
      ticketId: forColleague.id,
      version: forColleague.version,
      action: "accept",
    });
    expect(accepted.ok).toBe(true);

    const ticket = await openGerid(world);
    const cancelled = await changeState(world.requester, {
      ticketId: ticket.id,
      version: 1,
      action: "cancel",
      text: "Aberto por engano.",
    });
    expect(cancelled.ok).toBe(true);
    const row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row.state).toBe("CANCELLED");
    expect(row.closedAt).not.toBeNull();
  });

  it.each([
    ["resolve", "Descreva a solução."],
    ["reject", "Informe o motivo da rejeição."],
    ["cancel", "Informe o motivo do cancelamento."],
  ] as const)("refuses %s without its text", async (action, message) => {
    const ticket = await openGerid(world);
    const result = await answerOf(changeState, world.agent, {
      ticketId: ticket.id,
      version: 1,
      action,
      text: "  ",
    });
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { text: message } });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).version).toBe(1);
  });

  it("refuses each wrong actor, changing nothing", async () => {
    const ticket = await openGerid(world);
    await addFollower(world.requester, { ticketId: ticket.id, userId: world.colleague.id });
    const version = 2;
    const attempt = (actor: typeof world.agent, action: "start" | "cancel") =>
      answerOf(changeState, actor, { ticketId: ticket.id, version, action, text: "motivo" });

    expect(await attempt(world.requester, "start")).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await attempt(world.colleague, "start")).toMatchObject({
      ok: false,
      error: "forbidden",
    }); // follower
    expect(await attempt(world.colleague, "cancel")).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await attempt(world.agent, "cancel")).toMatchObject({ ok: false, error: "forbidden" });
    // Those who cannot see the ticket are told it does not exist.
    expect(await attempt(world.otherAgent, "start")).toMatchObject({
      ok: false,
      error: "not-found",
    });
    expect(await attempt(world.stateRequester, "cancel")).toMatchObject({
      ok: false,
      error: "not-found",
    });

    const row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row).toMatchObject({ state: "OPEN", version });
    expect(
      await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "STATE_CHANGED" } }),
    ).toBe(0);
  });

  it("refuses actions the current state does not allow", async () => {
    const ticket = await openGerid(world);
    const result = await answerOf(changeState, world.agent, {
      ticketId: ticket.id,
      version: 1,
      action: "resolve",
      text: "feito",
    });
    expect(result).toMatchObject({
      ok: false,
      error: "invalid",
      message: expect.stringContaining("neste estado"),
    });
    const accept = await answerOf(changeState, world.requester, {
      ticketId: ticket.id,
      version: 1,
      action: "accept",
    });
    expect(accept).toMatchObject({ ok: false, error: "invalid" });
  });

  it("refuses a stale version with a conflict instead of overwriting", async () => {
    const ticket = await openGerid(world);
    expect(
      (await changeState(world.agent, { ticketId: ticket.id, version: 1, action: "start" })).ok,
    ).toBe(true);
    const stale = await answerOf(changeState, world.requester, {
      ticketId: ticket.id,
      version: 1,
      action: "cancel",
      text: "x",
    });
    expect(stale).toMatchObject({
      ok: false,
      error: "conflict",
      message: expect.stringContaining("alterada por outra pessoa"),
    });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).state).toBe(
      "IN_PROGRESS",
    );
  });

  it("lets exactly one of two simultaneous changes on the same version win", async () => {
    const ticket = await openGerid(world);
    const results = await Promise.all([
      answerOf(changeState, world.agent, { ticketId: ticket.id, version: 1, action: "start" }),
      answerOf(changeState, world.requester, {
        ticketId: ticket.id,
        version: 1,
        action: "cancel",
        text: "Não preciso mais.",
      }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "conflict")).toHaveLength(1);
    expect(
      await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "STATE_CHANGED" } }),
    ).toBe(1);
  });

  it("refuses everything once the ticket is closed", async () => {
    const ticket = await advance(world, (await openGerid(world)).id, [
      "start",
      "resolve",
      "accept",
    ]);
    const result = await answerOf(changeState, world.requester, {
      ticketId: ticket.id,
      version: ticket.version,
      action: "cancel",
      text: "x",
    });
    expect(result).toMatchObject({ ok: false, error: "invalid" });
  });
});
