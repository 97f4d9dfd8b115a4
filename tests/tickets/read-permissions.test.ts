import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { agentDashboard } from "@/lib/tickets/dashboard";
import { contactOf, organizationPeople, requestFormPeople } from "@/lib/tickets/people";
import { getTicketDetail } from "@/lib/tickets/ticket-detail";
import { listQueue } from "@/lib/tickets/queues";
import { countQueues } from "@/lib/tickets/queue-counts";
import { findAgents, queueOptions } from "@/lib/tickets/queue-options";
import { linkTickets, relatedTickets } from "@/lib/tickets/related";
import { supportPanel } from "@/lib/tickets/support-panel";
import { addTimeEntry, ticketTime } from "@/lib/tickets/time-entries";
import { advance, answerOf, demoWorld, openGerid, type World } from "../factories";

let world: World;
let ticketId: string;
beforeAll(async () => {
  world = await demoWorld();
  const ticket = await advance(world, (await openGerid(world)).id, ["start"]);
  const other = await openGerid(world);
  ticketId = ticket.id;
  await linkTickets(world.agent, { ticketId, number: other.number });
  await addTimeEntry(world.agent, { ticketId, minutes: 30, workDate: "2026-11-20" });
});

const refusals = (actorId: string) =>
  db.securityEvent.count({ where: { kind: "permission.refused", actorId } });

describe("reads of support's data check the caller", () => {
  it("give the requester of the ticket nothing of support's panels, queues or dashboard", async () => {
    const requester = world.requester;
    const before = await refusals(requester.id);

    expect(await supportPanel(requester, ticketId)).toBeNull();
    expect(await relatedTickets(requester, ticketId)).toEqual([]);
    expect((await ticketTime(requester, ticketId)).entries).toEqual([]);
    expect(await listQueue(requester, "all")).toMatchObject({ rows: [], total: 0 });
    expect(Object.values(await countQueues(requester)).every((n) => n === 0)).toBe(true);
    expect(await agentDashboard(requester)).toBeNull();
    expect(
      await queueOptions(requester, {
        organizationId: requester.organizationId!,
        assigneeId: world.agent.id,
      }),
    ).toEqual({ groups: [], allGroups: [], assignee: null, organization: null, items: [] });
    expect(await findAgents(requester, "Analista")).toEqual([]);
    // Each refusal is in the security log, under the requester.
    expect((await refusals(requester.id)) - before).toBe(8);

    // The same reads answer support, so the refusals above are about the caller.
    expect((await supportPanel(world.agent, ticketId))?.related).toHaveLength(1);
    expect((await ticketTime(world.agent, ticketId)).total).toBe(30);
    expect((await listQueue(world.agent, "all")).total).toBeGreaterThan(0);
    expect(await supportPanel(world.otherAgent, ticketId)).toBeNull(); // another group
  });

  it("answers someone else's ticket page as not found, and logs the attempt", async () => {
    const stranger = world.stateRequester;
    expect(await getTicketDetail(stranger, ticketId)).toMatchObject({ error: "not-found" });
    const { number } = await db.ticket.findUniqueOrThrow({ where: { id: ticketId } });
    expect(
      await db.securityEvent.count({
        where: { kind: "permission.refused", actorId: stranger.id, subject: number },
      }),
    ).toBe(1);
  });

  it("give requesters names of their own organization only, and contacts one at a time", async () => {
    const names = await organizationPeople(world.requester, world.requester.organizationId);
    expect(names.map((p) => p.id)).toContain(world.colleague.id);
    expect(Object.keys(names[0]!).sort()).toEqual(["id", "name"]);
    expect(await organizationPeople(world.requester, world.stateRequester.organizationId)).toEqual(
      [],
    );
    expect(await organizationPeople(world.agent, world.stateRequester.organizationId)).toHaveLength(
      1,
    );

    const form = await requestFormPeople(world.requester);
    expect(form.me.email).toBe("requerente@prefeitura.example");
    expect(JSON.stringify(form.colleagues)).not.toContain("@");

    expect(await contactOf(world.requester, { userId: world.colleague.id })).toMatchObject({
      ok: true,
      value: { email: "acompanhante@prefeitura.example" },
    });
    expect(
      await answerOf(contactOf, world.requester, { userId: world.stateRequester.id }),
    ).toMatchObject({
      error: "forbidden",
    });
    expect(await answerOf(contactOf, world.requester, { userId: world.agent.id })).toMatchObject({
      error: "forbidden",
    });
  });
});
