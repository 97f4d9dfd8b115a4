import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { assignTicket, transferTicket } from "@/lib/tickets/assignment";
import { bulkTransfer } from "@/lib/tickets/bulk";
import { addComment } from "@/lib/tickets/comments";
import { addFollower, removeFollower } from "@/lib/tickets/followers";
import { openTicket } from "@/lib/tickets/open-ticket";
import { linkTickets } from "@/lib/tickets/related";
import { changeState } from "@/lib/tickets/state-changes";
import { addTimeEntry } from "@/lib/tickets/time-entries";
import {
  advance,
  answerOf,
  demoWorld,
  openGerid,
  validGeridAnswers,
  type World,
} from "../factories";

// A refused change writes nothing: not the ticket, not its timeline, not a notification or an
// e-mail, not an audit row, not even the ticket counter; also when the refusal comes after the
// change has begun writing. A permission refusal is in the security log, and nothing else is.

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

/** Everything a ticket change may write. */
async function footprint() {
  const [tickets, counters, events, notifications, outbox, audit, followers, files, hours, links] =
    await Promise.all([
      db.ticket.findMany({
        select: {
          id: true,
          version: true,
          state: true,
          updatedAt: true,
          groupId: true,
          assigneeId: true,
        },
        orderBy: { id: "asc" },
      }),
      db.counter.findMany(),
      db.ticketEvent.count(),
      db.notification.count(),
      db.outboxMessage.count(),
      db.auditLog.count(),
      db.ticketFollower.count(),
      db.attachment.findMany({ select: { id: true, ticketId: true, eventId: true } }),
      db.timeEntry.count(),
      db.ticketLink.count(),
    ]);
  return {
    tickets,
    counters,
    events,
    notifications,
    outbox,
    audit,
    followers,
    files,
    hours,
    links,
  };
}

const refusalsOf = (actor: Actor) =>
  db.securityEvent.count({ where: { kind: "permission.refused", actorId: actor.id } });

/** A file staged by `uploader` and not linked to anything: not anyone else's to attach. */
const stagedBy = (uploader: Actor) =>
  db.attachment
    .create({
      data: {
        uploaderId: uploader.id,
        fileName: "print.png",
        contentType: "image/png",
        size: 10,
        storageKey: `staged-${crypto.randomUUID()}`,
        sha256: "0".repeat(64),
      },
    })
    .then((file) => file.id);

type Case = {
  error: "forbidden" | "not-found" | "invalid" | "conflict";
  /** Whether the refusal goes to the security log (permission refusals). */
  logged: boolean;
  /** Sets the ticket up, then returns the refused attempt and who makes it. */
  arrange: () => Promise<{ actor: Actor; attempt: () => Promise<ServiceResult<unknown>> }>;
};

const cases: Record<string, Case> = {
  "a state change the table refuses this person": {
    error: "forbidden",
    logged: true,
    arrange: async () => {
      const ticket = await openGerid(world);
      const input = { ticketId: ticket.id, version: ticket.version, action: "start" } as const;
      return {
        actor: world.requester,
        attempt: () => answerOf(changeState, world.requester, input),
      };
    },
  },
  "a state change the ticket's state refuses": {
    error: "invalid",
    logged: false,
    arrange: async () => {
      const ticket = await openGerid(world);
      const input = { ticketId: ticket.id, version: 1, action: "resolve", text: "Feito." } as const;
      return { actor: world.agent, attempt: () => answerOf(changeState, world.agent, input) };
    },
  },
  "a state change on a version changed since": {
    error: "conflict",
    logged: false,
    arrange: async () => {
      const ticket = await advance(world, (await openGerid(world)).id, ["start"]);
      const input = {
        ticketId: ticket.id,
        version: 1,
        action: "cancel",
        text: "Não preciso.",
      } as const;
      return {
        actor: world.requester,
        attempt: () => answerOf(changeState, world.requester, input),
      };
    },
  },
  "a rejection without its reason": {
    error: "invalid",
    logged: false,
    arrange: async () => {
      const ticket = await advance(world, (await openGerid(world)).id, ["start", "resolve"]);
      const input = { ticketId: ticket.id, version: ticket.version, action: "reject" } as const;
      return {
        actor: world.requester,
        attempt: () => answerOf(changeState, world.requester, input),
      };
    },
  },
  "a comment on a ticket the writer cannot see": {
    error: "not-found",
    logged: true,
    arrange: async () => {
      const ticket = await openGerid(world);
      const input = { ticketId: ticket.id, body: "Oi" };
      return {
        actor: world.stateRequester,
        attempt: () => answerOf(addComment, world.stateRequester, input),
      };
    },
  },
  "an internal note by the requester": {
    error: "forbidden",
    logged: true,
    arrange: async () => {
      const ticket = await openGerid(world);
      const input = { ticketId: ticket.id, body: "Psiu", internal: true };
      return {
        actor: world.requester,
        attempt: () => answerOf(addComment, world.requester, input),
      };
    },
  },
  "a message whose file is not the writer's, refused after the ticket and the event were written": {
    error: "invalid",
    logged: false,
    arrange: async () => {
      const ticket = await advance(world, (await openGerid(world)).id, ["start", "resolve"]);
      const input = {
        ticketId: ticket.id,
        body: "Segue o print.",
        attachmentIds: [await stagedBy(world.colleague)],
      };
      return {
        actor: world.requester,
        attempt: () => answerOf(addComment, world.requester, input),
      };
    },
  },
  "a follower added twice": {
    error: "invalid",
    logged: false,
    arrange: async () => {
      const ticket = await openGerid(world, { followerIds: [world.colleague.id] });
      const input = { ticketId: ticket.id, userId: world.colleague.id };
      return {
        actor: world.requester,
        attempt: () => answerOf(addFollower, world.requester, input),
      };
    },
  },
  "a follower removing someone else": {
    error: "forbidden",
    logged: true,
    arrange: async () => {
      const ticket = await openGerid(world, { followerIds: [world.colleague.id] });
      const other = await openGerid(world, { requestedForId: world.colleague.id });
      await answerOf(addFollower, world.colleague, {
        ticketId: other.id,
        userId: world.requester.id,
      });
      const input = { ticketId: ticket.id, userId: world.requester.id };
      return {
        actor: world.colleague,
        attempt: () => answerOf(removeFollower, world.colleague, input),
      };
    },
  },
  "an assignment to an agent of another group": {
    error: "invalid",
    logged: false,
    arrange: async () => {
      const ticket = await openGerid(world);
      const input = { ticketId: ticket.id, version: 1, assigneeId: world.otherAgent.id };
      return { actor: world.admin, attempt: () => answerOf(assignTicket, world.admin, input) };
    },
  },
  "a transfer to the ticket's own group": {
    error: "invalid",
    logged: false,
    arrange: async () => {
      const ticket = await openGerid(world);
      const input = { ticketId: ticket.id, version: 1, groupId: world.n1.id, reason: "Escalonar." };
      return { actor: world.agent, attempt: () => answerOf(transferTicket, world.agent, input) };
    },
  },
  "a link made by a requester": {
    error: "forbidden",
    logged: true,
    arrange: async () => {
      const [a, b] = [await openGerid(world), await openGerid(world)];
      const input = { ticketId: a.id, number: b.number };
      return {
        actor: world.requester,
        attempt: () => answerOf(linkTickets, world.requester, input),
      };
    },
  },
  "time logged by a requester": {
    error: "forbidden",
    logged: true,
    arrange: async () => {
      const ticket = await openGerid(world);
      const input = { ticketId: ticket.id, minutes: 30, workDate: "2026-11-20" };
      return {
        actor: world.requester,
        attempt: () => answerOf(addTimeEntry, world.requester, input),
      };
    },
  },
  "a ticket opened with a file that is not the requester's, refused after it was created": {
    error: "invalid",
    logged: false,
    arrange: async () => {
      const input = {
        itemId: world.gerid.id,
        answers: validGeridAnswers,
        description: "Com o anexo de outra pessoa.",
        followerIds: [world.colleague.id],
        attachmentIds: [await stagedBy(world.colleague)],
      };
      return {
        actor: world.requester,
        attempt: () => answerOf(openTicket, world.requester, input),
      };
    },
  },
};

describe("a refused ticket change", () => {
  it.each(Object.entries(cases))("%s writes nothing", async (_, { error, logged, arrange }) => {
    const { actor, attempt } = await arrange();
    const before = await footprint();
    const refusals = await refusalsOf(actor);

    expect(await attempt()).toMatchObject({ ok: false, error });

    expect(await footprint()).toEqual(before);
    expect((await refusalsOf(actor)) - refusals).toBe(logged ? 1 : 0);
  });

  it("in a bulk change leaves the others done: each ticket is its own transaction", async () => {
    const mine = await openGerid(world);
    const closed = await advance(world, (await openGerid(world)).id, [
      "start",
      "resolve",
      "accept",
    ]);
    const reason = "Assunto de relacionamento.";
    const report = await bulkTransfer(
      world.agent,
      [mine.id, closed.id],
      world.relacionamento.id,
      reason,
    );

    expect(report).toMatchObject({
      ok: true,
      value: { done: 1, refused: [{ number: closed.number }] },
    });
    const after = await db.ticket.findMany({ where: { id: { in: [mine.id, closed.id] } } });
    expect(after.find((t) => t.id === mine.id)?.groupId).toBe(world.relacionamento.id);
    expect(after.find((t) => t.id === closed.id)).toMatchObject({
      groupId: closed.groupId,
      version: closed.version,
    });
    expect(
      await db.ticketEvent.count({ where: { ticketId: closed.id, type: "TRANSFERRED" } }),
    ).toBe(0);
  });
});
