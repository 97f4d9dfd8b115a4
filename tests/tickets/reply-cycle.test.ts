import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { autoCloseDueTickets } from "@/lib/tickets/auto-close";
import { addComment } from "@/lib/tickets/comments";
import { advance, at, demoWorld, openGerid, recipientsOf, type World } from "../factories";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

const resolvedOn = async (iso: string) =>
  advance(world, (await openGerid(world)).id, ["start", "resolve"], at(iso));

const reload = (id: string) => db.ticket.findUniqueOrThrow({ where: { id } });

async function write(actor: World["agent"], ticketId: string, iso: string, internal = false) {
  const result = await addComment(actor, { ticketId, body: "Mensagem.", internal }, at(iso));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.eventId;
}

describe("the reply cycle of a resolved ticket", () => {
  it("waits while the requester's message is unanswered, and counts again from support's answer", async () => {
    const ticket = await resolvedOn("2026-11-01T10:00:00Z");
    expect((await reload(ticket.id)).autoCloseDueAt?.toISOString()).toBe(
      "2026-11-08T10:00:00.000Z",
    );

    const question = await write(world.requester, ticket.id, "2026-11-03T10:00:00Z");
    const waiting = await reload(ticket.id);
    expect(waiting.state).toBe("AWAITING_USER");
    expect(waiting.autoCloseDueAt).toBeNull();
    // The assignee (who resolved it) hears of the question.
    expect(await recipientsOf(question)).toContain(world.agent.id);

    // An internal note is not an answer to the requester.
    await write(world.agent, ticket.id, "2026-11-10T10:00:00Z", true);
    expect((await reload(ticket.id)).autoCloseDueAt).toBeNull();
    expect(await autoCloseDueTickets(at("2026-11-20T10:00:00Z"))).toEqual({ closed: 0 });
    expect((await reload(ticket.id)).state).toBe("AWAITING_USER");

    await write(world.agent, ticket.id, "2026-11-21T10:00:00Z");
    expect((await reload(ticket.id)).autoCloseDueAt?.toISOString()).toBe(
      "2026-11-28T10:00:00.000Z",
    );
    expect(await autoCloseDueTickets(at("2026-11-27T10:00:00Z"))).toEqual({ closed: 0 });
    expect(await autoCloseDueTickets(at("2026-11-28T10:00:00Z"))).toEqual({ closed: 1 });
    expect((await reload(ticket.id)).state).toBe("CLOSED");
  });

  it("never closes over an unanswered message, even with a due date in the past", async () => {
    const ticket = await resolvedOn("2026-10-01T10:00:00Z");
    await write(world.requester, ticket.id, "2026-10-02T10:00:00Z");
    // A due date written by a race or a mistake: the sweep's own condition still refuses.
    const past = new Date("2026-10-03T10:00:00Z");
    await db.ticket.update({ where: { id: ticket.id }, data: { autoCloseDueAt: past } });
    expect(await autoCloseDueTickets(at("2026-12-01T10:00:00Z"))).toEqual({ closed: 0 });
    expect((await reload(ticket.id)).state).toBe("AWAITING_USER");

    await write(world.agent, ticket.id, "2026-10-04T10:00:00Z");
    await db.ticket.update({ where: { id: ticket.id }, data: { autoCloseDueAt: past } });
    expect(await autoCloseDueTickets(at("2026-12-01T10:00:00Z"))).toEqual({ closed: 1 });
  });
});
