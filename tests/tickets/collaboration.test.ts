import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addComment } from "@/lib/tickets/comments";
import { addFollower, removeFollower } from "@/lib/tickets/followers";
import { assignTicket, transferTicket } from "@/lib/tickets/assignment";
import {
  advance,
  answerOf,
  at,
  demoWorld,
  openGerid,
  recipientsOf as recipients,
  type World,
} from "../factories";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

describe("comments", () => {
  it("adds a public comment, e-mails everyone else on the ticket and records the first response", async () => {
    const ticket = await advance(
      world,
      (await openGerid(world, { followerIds: [world.colleague.id] })).id,
      ["start"],
    );
    const byRequester = await addComment(world.requester, {
      ticketId: ticket.id,
      body: "Segue o print.",
    });
    expect(byRequester.ok).toBe(true);
    if (!byRequester.ok) return;
    expect(await recipients(byRequester.value.eventId)).toEqual(
      [world.colleague.id, world.agent.id].sort(),
    );

    const reply = await addComment(world.agent, { ticketId: ticket.id, body: "Recebido." });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(await recipients(reply.value.eventId)).toEqual(
      [world.requester.id, world.colleague.id].sort(),
    );
    const event = await db.ticketEvent.findUniqueOrThrow({ where: { id: reply.value.eventId } });
    expect(event).toMatchObject({
      type: "COMMENT",
      visibility: "PUBLIC",
      body: "Recebido.",
      actorId: world.agent.id,
    });
  });

  it("sets the first response on the first public agent comment", async () => {
    const ticket = await openGerid(world);
    await addComment(
      world.agent,
      { ticketId: ticket.id, body: "Olá!" },
      at("2026-11-05T13:00:00Z"),
    );
    const row = await db.ticketEvent.findFirst({ where: { ticketId: ticket.id, type: "COMMENT" } });
    expect(row).not.toBeNull();
    const updated = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(updated.firstResponseAt?.toISOString()).toBe("2026-11-05T13:00:00.000Z");
  });

  it("keeps internal notes away from requesters and their e-mail", async () => {
    const ticket = await openGerid(world);
    const note = await addComment(world.agent, {
      ticketId: ticket.id,
      body: "Verificar no GERID.",
      internal: true,
    });
    expect(note.ok).toBe(true);
    if (!note.ok) return;
    const event = await db.ticketEvent.findUniqueOrThrow({ where: { id: note.value.eventId } });
    expect(event.visibility).toBe("INTERNAL");
    expect(await recipients(note.value.eventId)).toEqual([]);
    const updated = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(updated.firstResponseAt).toBeNull();

    expect(
      await answerOf(addComment, world.requester, {
        ticketId: ticket.id,
        body: "x",
        internal: true,
      }),
    ).toMatchObject({
      ok: false,
      error: "forbidden",
    });
  });

  it("refuses empty and oversized comments, strangers, closed tickets and stale versions", async () => {
    const ticket = await openGerid(world);
    expect(
      await answerOf(addComment, world.requester, { ticketId: ticket.id, body: " " }),
    ).toMatchObject({
      error: "invalid",
      fieldErrors: { body: "Digite sua mensagem." },
    });
    expect(
      await answerOf(addComment, world.requester, {
        ticketId: ticket.id,
        body: "x".repeat(10_001),
      }),
    ).toMatchObject({
      error: "invalid",
    });
    expect(
      await answerOf(addComment, world.stateRequester, { ticketId: ticket.id, body: "oi" }),
    ).toMatchObject({ error: "not-found" });
    expect(
      await answerOf(addComment, world.otherAgent, { ticketId: ticket.id, body: "oi" }),
    ).toMatchObject({
      error: "not-found",
    });
    expect(
      await answerOf(addComment, world.requester, { ticketId: ticket.id, body: "oi", version: 99 }),
    ).toMatchObject({
      error: "conflict",
    });
    const closed = await advance(world, ticket.id, ["start", "resolve", "accept"]);
    expect(
      await answerOf(addComment, world.requester, { ticketId: closed.id, body: "oi" }),
    ).toMatchObject({
      error: "invalid",
    });
  });
});

describe("followers", () => {
  it("adds and removes followers of the ticket's organization", async () => {
    const ticket = await openGerid(world);
    expect(
      (await addFollower(world.requester, { ticketId: ticket.id, userId: world.colleague.id })).ok,
    ).toBe(true);
    expect(
      await answerOf(addFollower, world.requester, {
        ticketId: ticket.id,
        userId: world.colleague.id,
      }),
    ).toMatchObject({
      error: "invalid",
    });
    expect(
      await answerOf(addFollower, world.requester, {
        ticketId: ticket.id,
        userId: world.stateRequester.id,
      }),
    ).toMatchObject({
      error: "invalid",
      fieldErrors: { userId: "Só é possível adicionar acompanhantes da mesma organização." },
    });
    // The follower now sees the ticket and may leave it, but may not remove others or add people.
    expect(
      await answerOf(addFollower, world.colleague, {
        ticketId: ticket.id,
        userId: world.requester.id,
      }),
    ).toMatchObject({
      error: "forbidden",
    });
    expect(
      (await removeFollower(world.colleague, { ticketId: ticket.id, userId: world.colleague.id }))
        .ok,
    ).toBe(true);
    expect(await db.ticketFollower.count({ where: { ticketId: ticket.id } })).toBe(0);
    const types = await db.ticketEvent.findMany({
      where: { ticketId: ticket.id },
      orderBy: { createdAt: "asc" },
    });
    expect(types.map((e) => e.type)).toEqual(["CREATED", "FOLLOWER_ADDED", "FOLLOWER_REMOVED"]);
  });

  it("does not let a follower remove someone else", async () => {
    const ticket = await openGerid(world, { followerIds: [world.colleague.id] });
    await answerOf(addFollower, world.agent, {
      ticketId: ticket.id,
      userId: world.requester.id,
    }).then((r) => expect(r).toMatchObject({ error: "invalid" }));
    const other = await openGerid(world, { requestedForId: world.colleague.id });
    await addFollower(world.colleague, { ticketId: other.id, userId: world.requester.id });
    expect(
      await answerOf(removeFollower, world.colleague, {
        ticketId: ticket.id,
        userId: world.requester.id,
      }),
    ).toMatchObject({
      error: "forbidden",
    });
  });
});

describe("assignment and transfer", () => {
  it("assigns to an agent of the group and refuses agents of other groups", async () => {
    const ticket = await openGerid(world);
    const assigned = await assignTicket(world.admin, {
      ticketId: ticket.id,
      version: 1,
      assigneeId: world.agent.id,
    });
    expect(assigned).toEqual({ ok: true, value: { version: 2 } });
    const event = await db.ticketEvent.findFirstOrThrow({
      where: { ticketId: ticket.id, type: "ASSIGNED" },
    });
    expect(event.visibility).toBe("INTERNAL");
    expect(await recipients(event.id)).toEqual([world.agent.id]);

    expect(
      await answerOf(assignTicket, world.admin, {
        ticketId: ticket.id,
        version: 2,
        assigneeId: world.otherAgent.id,
      }),
    ).toMatchObject({
      error: "invalid",
      fieldErrors: { assigneeId: expect.any(String) },
    });
    expect(
      await answerOf(assignTicket, world.requester, {
        ticketId: ticket.id,
        version: 2,
        assigneeId: null,
      }),
    ).toMatchObject({
      error: "forbidden",
    });
    expect(
      await answerOf(assignTicket, world.agent, {
        ticketId: ticket.id,
        version: 1,
        assigneeId: null,
      }),
    ).toMatchObject({
      error: "conflict",
    });
  });

  it("transfers to another group with a reason, unassigning it; the new group's agents take over", async () => {
    const ticket = await advance(world, (await openGerid(world)).id, ["start"]);
    expect(
      await answerOf(transferTicket, world.agent, {
        ticketId: ticket.id,
        version: ticket.version,
        groupId: world.relacionamento.id,
        reason: "",
      }),
    ).toMatchObject({
      error: "invalid",
      fieldErrors: { reason: "Informe o motivo da transferência." },
    });

    const moved = await transferTicket(world.agent, {
      ticketId: ticket.id,
      version: ticket.version,
      groupId: world.relacionamento.id,
      reason: "Escalonado para o relacionamento.",
    });
    expect(moved.ok).toBe(true);
    const row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row).toMatchObject({
      groupId: world.relacionamento.id,
      assigneeId: null,
      state: "IN_PROGRESS",
    });
    const event = await db.ticketEvent.findFirstOrThrow({
      where: { ticketId: ticket.id, type: "TRANSFERRED" },
    });
    expect(event).toMatchObject({
      body: "Escalonado para o relacionamento.",
      visibility: "INTERNAL",
    });
    expect(await recipients(event.id)).toEqual([world.otherAgent.id]);

    // The first group's agent no longer sees it; the new group's agent can work it.
    expect(
      await answerOf(addComment, world.agent, { ticketId: ticket.id, body: "oi" }),
    ).toMatchObject({
      error: "not-found",
    });
    expect((await addComment(world.otherAgent, { ticketId: ticket.id, body: "Assumi." })).ok).toBe(
      true,
    );
  });
});
