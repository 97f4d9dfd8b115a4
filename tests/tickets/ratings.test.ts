import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expandNotifications } from "@/lib/notifications/notification-mails";
import { autoCloseDueTickets } from "@/lib/tickets/auto-close";
import { agentDashboard } from "@/lib/tickets/dashboard";
import { countAwaitingRating, listAwaitingRating, ratingView } from "@/lib/tickets/rating-reads";
import { rateTicket, type RateInput } from "@/lib/tickets/ratings";
import type { Actor } from "@/lib/tickets/actor";
import { advance, answerOf, at, demoWorld, openGerid, type World } from "../factories";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

const T0 = "2026-11-10T12:00:00Z";
const DAY = 24 * 60 * 60_000;
const later = (days: number) => at(new Date(new Date(T0).getTime() + days * DAY).toISOString());

/** A GERID ticket of the demo requester, accepted (closed) by them. */
async function closedTicket(input: Parameters<typeof openGerid>[1] = {}) {
  const ticket = await openGerid(world, input);
  return advance(world, ticket.id, ["start", "resolve", "accept"]);
}

const rate = (actor: Actor, input: RateInput, clock = at(T0)) =>
  answerOf((a, i: RateInput) => rateTicket(a, i, clock), actor, input);

/** Every row the rating may write: ratings and e-mails. */
const written = async () => ({
  ratings: await db.ticketRating.count(),
  mails: await db.outboxMessage.count({ where: { kind: "ticket.low_rating" } }),
});

describe("who may rate what", () => {
  it("rates only closed tickets, and a refusal writes nothing", async () => {
    const open = await openGerid(world);
    const resolved = await advance(world, (await openGerid(world)).id, ["start", "resolve"]);
    const cancelled = await advance(world, (await openGerid(world)).id, ["cancel"]);
    const before = await written();
    for (const ticket of [open, resolved, cancelled]) {
      const result = await rate(world.requester, { ticketId: ticket.id, score: 1 });
      expect(result).toMatchObject({ ok: false, error: "invalid" });
      if (!result.ok) expect(result.message).toMatch(/solicitação fechada/);
    }
    expect(await written()).toEqual(before);
  });

  it("lets the requester or the person it was for rate, nobody else", async () => {
    const forColleague = await closedTicket({ requestedForId: world.colleague.id });
    const followed = await closedTicket({ followerIds: [world.colleague.id] });
    const before = await written();

    expect(await rate(world.colleague, { ticketId: followed.id, score: 2 })).toMatchObject({
      error: "forbidden",
    });
    expect(await rate(world.agent, { ticketId: followed.id, score: 1 })).toMatchObject({
      error: "forbidden",
    });
    expect(await rate(world.admin, { ticketId: followed.id, score: 1 })).toMatchObject({
      error: "forbidden",
    });
    expect(await rate(world.stateRequester, { ticketId: followed.id, score: 1 })).toMatchObject({
      error: "not-found",
    });
    expect(
      await rate(world.requester, { ticketId: followed.id, score: 6 as 5, comment: "x" }),
    ).toMatchObject({ error: "invalid", fieldErrors: { score: "Escolha uma nota de 1 a 5." } });
    expect(
      await rate(world.requester, { ticketId: followed.id, score: 4, comment: "a".repeat(1001) }),
    ).toMatchObject({ error: "invalid", fieldErrors: { comment: expect.any(String) } });
    expect(await written()).toEqual(before);

    expect(
      await rate(world.colleague, { ticketId: forColleague.id, score: 5, comment: " Ótimo " }),
    ).toEqual({ ok: true, value: { score: 5 } });
    expect(
      await db.ticketRating.findUnique({ where: { ticketId: forColleague.id } }),
    ).toMatchObject({
      userId: world.colleague.id,
      score: 5,
      comment: "Ótimo",
      groupId: world.n1.id,
      assigneeId: world.agent.id,
    });
    // One rating per ticket: the requester may read it, not give a second one.
    expect(await rate(world.requester, { ticketId: forColleague.id, score: 1 })).toMatchObject({
      error: "invalid",
    });
    expect(await ratingView(world.requester, forColleague.number)).toMatchObject({
      may: "view",
      rating: { score: 5, comment: "Ótimo" },
    });
    // Followers do not see it; support does.
    expect(await ratingView(world.colleague, followed.number)).toBeNull();
    expect(await ratingView(world.agent, forColleague.number)).toMatchObject({
      may: "view",
      rating: { score: 5 },
    });
  });

  it("is changeable for 7 days after it was given, then final", async () => {
    const ticket = await closedTicket();
    expect((await rate(world.requester, { ticketId: ticket.id, score: 3 })).ok).toBe(true);
    const changed = await rate(world.requester, { ticketId: ticket.id, score: 4 }, later(6.9));
    expect(changed.ok).toBe(true);
    const refused = await rate(world.requester, { ticketId: ticket.id, score: 5 }, later(7));
    expect(refused).toMatchObject({ error: "invalid", message: expect.stringMatching(/7 dias/) });
    const rating = await db.ticketRating.findUniqueOrThrow({ where: { ticketId: ticket.id } });
    expect(rating.score).toBe(4);
    expect(rating.createdAt.toISOString()).toBe(new Date(T0).toISOString());
    expect(await ratingView(world.requester, ticket.number, later(7))).toMatchObject({
      may: "view",
    });
  });
});

describe("the e-mail link", () => {
  it("offers the scores to who may rate in the closing e-mail, and the page's read writes nothing", async () => {
    const ticket = await openGerid(world, { followerIds: [world.colleague.id] });
    await advance(world, ticket.id, ["start", "resolve"], at("2026-10-01T12:00:00Z"));
    await autoCloseDueTickets(at("2026-11-01T12:00:00Z"));
    await expandNotifications();
    const closing = await db.outboxMessage.findMany({
      where: { ticketId: ticket.id, kind: "ticket.auto_closed" },
    });
    const mailTo = (userId: string) => closing.find((m) => m.userId === userId)!;
    expect(mailTo(world.requester.id).text).toContain(`/avaliar/${ticket.number}?nota=5`);
    expect(mailTo(world.requester.id).html).toContain(`/avaliar/${ticket.number}?nota=1`);
    expect(mailTo(world.colleague.id).text).not.toContain("/avaliar/");

    const before = await written();
    const view = await ratingView(world.requester, ticket.number);
    expect(view).toMatchObject({ may: "rate", rating: null, ticket: { number: ticket.number } });
    expect(await written()).toEqual(before);
    expect(await db.ticketRating.findUnique({ where: { ticketId: ticket.id } })).toBeNull();

    // "Confirmar avaliação".
    expect((await rate(world.requester, { ticketId: view!.ticket.id, score: 4 })).ok).toBe(true);
    expect(await ratingView(world.requester, ticket.number, at(T0))).toMatchObject({
      may: "change",
      rating: { score: 4 },
    });
  });

  it("lists the closed tickets still to rate", async () => {
    const ticket = await closedTicket();
    const listed = async () =>
      (await listAwaitingRating(world.requester, { pageSize: 100 })).rows.map((r) => r.number);
    expect(await listed()).toContain(ticket.number);
    const count = await countAwaitingRating(world.requester);
    await rate(world.requester, { ticketId: ticket.id, score: 5 });
    expect(await listed()).not.toContain(ticket.number);
    expect(await countAwaitingRating(world.requester)).toBe(count - 1);
    expect(await countAwaitingRating(world.agent)).toBe(0);
  });
});

describe("low ratings and the dashboard", () => {
  it("tells the group's analysts, only them, once each time a rating becomes low", async () => {
    const ticket = await closedTicket();
    const lowMails = () =>
      db.outboxMessage.findMany({ where: { ticketId: ticket.id, kind: "ticket.low_rating" } });
    const n1Analysts = await db.user.findMany({
      where: { active: true, role: "AGENT", groups: { some: { groupId: world.n1.id } } },
      select: { id: true },
    });

    await rate(world.requester, { ticketId: ticket.id, score: 2, comment: "<b>Demorou</b>" });
    const first = await lowMails();
    expect(first.map((m) => m.userId).sort()).toEqual(n1Analysts.map((a) => a.id).sort());
    expect(first.map((m) => m.userId)).not.toContain(world.otherAgent.id);
    expect(first.map((m) => m.userId)).not.toContain(world.admin.id);
    expect(first[0]!.subject).toContain("Avaliação baixa: 2 – Ruim");
    expect(first[0]!.html).not.toContain("<b>Demorou");
    expect(first[0]!.text).toContain("<b>Demorou</b>");

    await rate(world.requester, { ticketId: ticket.id, score: 1 }, later(1));
    expect(await lowMails()).toHaveLength(first.length);
    await rate(world.requester, { ticketId: ticket.id, score: 4 }, later(2));
    await rate(world.requester, { ticketId: ticket.id, score: 1 }, later(3));
    expect(await lowMails()).toHaveLength(2 * first.length);

    const fine = await closedTicket();
    await rate(world.requester, { ticketId: fine.id, score: 3 });
    expect(
      await db.outboxMessage.count({ where: { ticketId: fine.id, kind: "ticket.low_rating" } }),
    ).toBe(0);
  });

  it("records one rating and tells the analysts once when two clicks race", async () => {
    const ticket = await closedTicket();
    const results = await Promise.all([
      rate(world.requester, { ticketId: ticket.id, score: 1 }),
      rate(world.requester, { ticketId: ticket.id, score: 1 }),
    ]);
    expect(results.some((r) => r.ok)).toBe(true);
    // The second is a change of the first (one writer at a time) or refused as a race.
    for (const r of results) if (!r.ok) expect(r.error).toBe("conflict");
    expect(await db.ticketRating.count({ where: { ticketId: ticket.id } })).toBe(1);
    const analysts = await db.groupMember.count({
      where: { groupId: world.n1.id, user: { active: true, role: "AGENT" } },
    });
    expect(
      await db.outboxMessage.count({ where: { ticketId: ticket.id, kind: "ticket.low_rating" } }),
    ).toBe(analysts);
  });

  it("averages the last 30 days per group and per analyst, within the agent's groups", async () => {
    await db.ticketRating.deleteMany();
    const scores = [5, 4, 2];
    for (const score of scores) {
      const ticket = await closedTicket();
      await rate(world.requester, { ticketId: ticket.id, score });
    }
    const old = await closedTicket();
    await rate(world.requester, { ticketId: old.id, score: 1 }, later(-31));

    const dashboard = await agentDashboard(world.agent, new Date(T0));
    expect(dashboard!.ratings.perGroup).toEqual([
      { name: world.n1.name, average: 11 / 3, count: 3 },
    ]);
    const agent = await db.user.findUniqueOrThrow({ where: { id: world.agent.id } });
    expect(dashboard!.ratings.perAnalyst).toEqual([
      { name: agent.name, average: 11 / 3, count: 3 },
    ]);
    const other = await agentDashboard(world.otherAgent, new Date(T0));
    expect(other!.ratings).toEqual({ perGroup: [], perAnalyst: [] });
    const admin = await agentDashboard(world.admin, new Date(T0));
    expect(admin!.ratings.perGroup).toHaveLength(1);
  });
});
