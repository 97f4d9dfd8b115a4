import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countMyRequestsByState, listMyFollowUps, listMyRequests } from "@/lib/tickets/my-requests";
import { getTicketDetail } from "@/lib/tickets/ticket-detail";
import { parseTicketNumber } from "@/lib/tickets/ticket-list";
import { listQueue } from "@/lib/tickets/queues";
import { countQueues } from "@/lib/tickets/queue-counts";
import { visibleTicketsWhere } from "@/lib/tickets/visibility";
import { addComment } from "@/lib/tickets/comments";
import { advance, demoWorld, openGerid, type World } from "../factories";

let world: World;
let mine: Awaited<ReturnType<typeof openGerid>>[];
let forColleague: Awaited<ReturnType<typeof openGerid>>;
let stateTicket: Awaited<ReturnType<typeof openGerid>>;

beforeAll(async () => {
  world = await demoWorld();
  mine = [];
  for (let i = 0; i < 3; i++) mine.push(await openGerid(world));
  await advance(world, mine[0]!.id, ["start"]);
  await advance(world, mine[1]!.id, ["start", "resolve", "accept"]);
  forColleague = await openGerid(world, { requestedForId: world.colleague.id, followerIds: [] });
  stateTicket = await openGerid(world, {}, world.stateRequester);
  await openGerid(world, { followerIds: [world.colleague.id] }); // the colleague follows it
});

describe("visibility", () => {
  it("gives each user exactly the tickets product.md lets them see", async () => {
    const visible = async (actor: World["requester"]) =>
      (await db.ticket.findMany({ where: visibleTicketsWhere(actor), select: { id: true } }))
        .length;
    const total = await db.ticket.count();
    expect(await visible(world.admin)).toBe(total);
    expect(await visible(world.agent)).toBe(total); // Atendimento N1 serves both items
    expect(await visible(world.otherAgent)).toBe(0);
    expect(await visible(world.requester)).toBe(total - 1); // all but the state's ticket
    expect(await visible(world.colleague)).toBe(2); // requested for them, and the one they follow
    expect(await visible(world.stateRequester)).toBe(1);
  });
});

describe("requester lists", () => {
  it("lists my requests newest first, with the columns of 'Minhas Solicitações', paged", async () => {
    const page = await listMyRequests(world.requester, { pageSize: 2 });
    expect(page.total).toBe(5);
    expect(page.rows).toHaveLength(2);
    expect(page.rows[0]!.number > page.rows[1]!.number).toBe(true);
    expect(page.rows[0]).toMatchObject({
      item: { title: "GERID" },
      state: "OPEN",
      resolvedAt: null,
    });
    const second = await listMyRequests(world.requester, { pageSize: 2, page: 3 });
    expect(second.rows).toHaveLength(1);
  });

  it("filters by number and state, and sorts", async () => {
    const byNumber = await listMyRequests(world.requester, {
      number: mine[1]!.number.replace(/^CS0+/, ""),
    });
    expect(byNumber.rows.map((r) => r.id)).toEqual([mine[1]!.id]);
    expect((await listMyRequests(world.requester, { number: "abc" })).total).toBe(0);
    const closed = await listMyRequests(world.requester, { state: "CLOSED" });
    expect(closed.rows.map((r) => r.id)).toEqual([mine[1]!.id]);
    expect(closed.rows[0]!.closedAt).not.toBeNull();
    const ascending = await listMyRequests(world.requester, { sort: "number", direction: "asc" });
    expect(ascending.rows[0]!.id).toBe(mine[0]!.id);
  });

  it("shows requests made for me to me, and never another organization's", async () => {
    const colleague = await listMyRequests(world.colleague);
    expect(colleague.rows.map((r) => r.id)).toEqual([forColleague.id]);
    const state = await listMyRequests(world.stateRequester);
    expect(state.rows.map((r) => r.id)).toEqual([stateTicket.id]);
    expect((await listMyRequests(world.requester, { number: stateTicket.number })).total).toBe(0);
  });

  it("lists my follow-ups ('Meus Acompanhamentos')", async () => {
    const page = await listMyFollowUps(world.colleague);
    expect(page.total).toBe(1);
    expect((await listMyFollowUps(world.requester)).total).toBe(0);
  });

  it("counts my requests by state for the home page", async () => {
    expect(await countMyRequestsByState(world.requester)).toEqual({
      OPEN: 3,
      IN_PROGRESS: 1,
      AWAITING_SUPPORT: 0,
      AWAITING_USER: 0,
      AWAITING_INFO: 0,
      CLOSED: 1,
      CANCELLED: 0,
    });
  });
});

describe("agent queues", () => {
  it("counts and lists the queues of the agent's groups", async () => {
    const counts = await countQueues(world.agent);
    expect(counts).toMatchObject({
      all: 6,
      open: 4,
      inProgress: 1,
      finished: 1,
      paused: 0,
      awaitingUser: 0,
    });
    expect(counts.mine).toBe(2); // started (and so taken) by the agent
    expect(await countQueues(world.otherAgent)).toMatchObject({ all: 0, mine: 0, open: 0 });

    const open = await listQueue(world.agent, "open", {
      organizationId: world.stateRequester.organizationId!,
    });
    expect(open.rows.map((r) => r.id)).toEqual([stateTicket.id]);
    expect(open.rows[0]).toMatchObject({
      organization: { name: "Governo do Estado de Demonstração" },
      requester: { name: "Requerente Estado Demo" },
      group: { name: "Atendimento N1" },
      assignee: null,
    });
    const mineQueue = await listQueue(world.agent, "mine", { state: "IN_PROGRESS" });
    expect(mineQueue.rows.map((r) => r.id)).toEqual([mine[0]!.id]);
  });
});

describe("ticket detail", () => {
  it("shows internal notes to agents only and lists the actions each user may take", async () => {
    const ticket = mine[0]!;
    await addComment(world.agent, {
      ticketId: ticket.id,
      body: "Nota para a equipe.",
      internal: true,
    });
    await addComment(world.requester, { ticketId: ticket.id, body: "Alguma novidade?" });

    const forAgent = await getTicketDetail(world.agent, ticket.id);
    const forRequester = await getTicketDetail(world.requester, ticket.id);
    if (!forAgent.ok || !forRequester.ok) throw new Error("detail refused");
    expect(forAgent.value.events.map((e) => e.body)).toContain("Nota para a equipe.");
    expect(forRequester.value.events.map((e) => e.body)).not.toContain("Nota para a equipe.");
    expect(forRequester.value.events[0]).toMatchObject({ body: "Alguma novidade?" }); // newest first
    expect(forRequester.value.actions).toEqual([
      "cancel",
      "comment",
      "addFollower",
      "removeFollower",
    ]);
    expect(forAgent.value.actions).toContain("resolve");
    expect(forAgent.value.answers.map((a) => a.label)).toEqual([
      "Motivo",
      "Módulo",
      "Funcionalidade",
    ]);

    expect(await getTicketDetail(world.stateRequester, ticket.id)).toMatchObject({
      ok: false,
      error: "not-found",
    });
    expect(await getTicketDetail(world.requester, "missing")).toMatchObject({
      ok: false,
      error: "not-found",
    });
  });

  it("names the item, its category, the organization, the group and every person it shows", async () => {
    const followed = await openGerid(world, { followerIds: [world.colleague.id] });
    await advance(world, followed.id, ["start"]);
    await addComment(world.colleague, { ticketId: followed.id, body: "Acompanhando." });
    const detail = await getTicketDetail(world.agent, followed.id);
    if (!detail.ok) throw new Error("detail refused");
    // The same names as Prisma's relations give.
    const expected = await db.ticket.findUniqueOrThrow({
      where: { id: followed.id },
      select: {
        item: {
          select: { id: true, title: true, subtitle: true, category: { select: { name: true } } },
        },
        organization: { select: { id: true, name: true } },
        group: { select: { id: true, name: true } },
        requester: { select: { id: true, name: true } },
        requestedFor: { select: { id: true, name: true } },
        assignee: { select: { id: true, name: true } },
        followers: { select: { user: { select: { id: true, name: true } } } },
        events: {
          select: { actor: { select: { id: true, name: true } } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        },
      },
    });
    expect(detail.value).toMatchObject({
      item: expected.item,
      organization: expected.organization,
      group: expected.group,
      requester: expected.requester,
      requestedFor: expected.requestedFor,
      assignee: expected.assignee,
      followers: expected.followers,
    });
    const colleague = await db.user.findUniqueOrThrow({
      where: { id: world.colleague.id },
      select: { id: true, name: true },
    });
    expect(detail.value.assignee).not.toBeNull();
    expect(detail.value.followers.map((f) => f.user)).toEqual([colleague]);
    expect(detail.value.events.map((e) => e.actor)).toEqual(expected.events.map((e) => e.actor));
    expect(detail.value.events[0]!.actor).toEqual(colleague);
  });
});

describe("parseTicketNumber", () => {
  it("accepts the forms people type", () => {
    expect(parseTicketNumber("CS0000123")).toBe("CS0000123");
    expect(parseTicketNumber("cs123")).toBe("CS0000123");
    expect(parseTicketNumber(" 123 ")).toBe("CS0000123");
    expect(parseTicketNumber("12345678")).toBeNull();
    expect(parseTicketNumber("CS-1")).toBeNull();
  });
});
