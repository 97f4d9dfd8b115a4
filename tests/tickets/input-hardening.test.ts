import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { once } from "@/lib/forms/request-key";
import type { ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { addComment, commentInput } from "@/lib/tickets/comments";
import { changeState, changeStateInput } from "@/lib/tickets/state-changes";
import { addTimeEntry } from "@/lib/tickets/time-entries";
import { demoWorld, openGerid, type World } from "../factories";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

const comments = (ticketId: string) =>
  db.ticketEvent.count({ where: { ticketId, type: "COMMENT" } });

describe("ticket inputs", () => {
  it("make one comment of a message sent twice with the same key, even at once", async () => {
    const ticket = await openGerid(world);
    const send = () =>
      once(
        {
          key: "0f4b7c9e-5d1a-4c3e-9b2f-7a6d5e4c3b2a",
          userId: world.requester.id,
          action: "ticket.comment",
        },
        () => addComment(world.requester, { ticketId: ticket.id, body: "Enviado duas vezes." }),
      );
    const [first, second] = await Promise.all([send(), send()]);
    const third = await send();
    expect([first.ok, second.ok].filter(Boolean).length).toBeGreaterThan(0);
    expect(third).toEqual(first.ok ? first : second);
    expect(await comments(ticket.id)).toBe(1);
  });

  it("refuse unknown fields, control characters and over-long texts", async () => {
    const ticket = await openGerid(world);
    const extra = await addComment(world.requester, {
      ticketId: ticket.id,
      body: "Olá",
      actorId: world.agent.id,
    } as never);
    expect(extra).toMatchObject({ error: "invalid" });
    expect(
      await addComment(world.requester, { ticketId: ticket.id, body: "linha\u0000nula" }),
    ).toMatchObject({ error: "invalid", fieldErrors: { body: expect.any(String) } });
    expect(
      await addComment(world.requester, { ticketId: ticket.id, body: "x".repeat(10_001) }),
    ).toMatchObject({ error: "invalid" });
    expect(
      await addTimeEntry(world.agent, {
        ticketId: ticket.id,
        minutes: 5,
        workDate: "2026-11-20",
        note: "a\r\nBcc: x@y",
      }),
    ).toMatchObject({ error: "invalid", fieldErrors: { note: expect.any(String) } });
    // Line breaks are fine in a message.
    expect(
      (await addComment(world.requester, { ticketId: ticket.id, body: "linha 1\nlinha 2" })).ok,
    ).toBe(true);
    expect(await comments(ticket.id)).toBe(1);
  });

  it("log refused changes with the ticket's number and the person who tried, after the rollback", async () => {
    // The colleague follows the ticket: they see it, but a follower may not cancel it.
    const ticket = await openGerid(world, { followerIds: [world.colleague.id] });
    const stranger = await asAction(
      world.stateRequester,
      commentInput,
      addComment,
    )({
      ticketId: ticket.id,
      body: "Oi",
    });
    expect(stranger).toMatchObject({ error: "not-found" });
    const wrongRole = await asAction(
      world.colleague,
      changeStateInput,
      changeState,
    )({
      ticketId: ticket.id,
      version: ticket.version,
      action: "cancel",
      text: "Não sou eu.",
    });
    expect(wrongRole).toMatchObject({ ok: false, error: "forbidden" });
    const logged = await db.securityEvent.findMany({
      where: { kind: "permission.refused", subject: ticket.number },
      select: { actorId: true },
    });
    expect(logged.map((e) => e.actorId).sort()).toEqual(
      [world.stateRequester.id, world.colleague.id].sort(),
    );
    expect(await comments(ticket.id)).toBe(0);
  });
});

/** A ticket service behind the action boundary, as the ticket page's actions put it, for `actor`. */
function asAction<S extends z.ZodType, T>(
  actor: Actor,
  schema: S,
  service: (actor: Actor, input: z.output<S>) => Promise<ServiceResult<T>>,
) {
  return authorizedAction(
    { schema, currentUser: async () => ({ ...actor, name: "Quem tentou" }) },
    service,
  );
}
