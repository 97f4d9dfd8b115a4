import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openTicket, openTicketInput } from "@/lib/tickets/open-ticket";
import { demoWorld, openGerid, recipientsOf, validGeridAnswers, type World } from "../factories";

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

const base = () => ({
  itemId: world.gerid.id,
  answers: validGeridAnswers,
  description: "Sem acesso.",
});

describe("openTicket", () => {
  it("opens a ticket with its number, answers, followers, 'Criado' event and e-mails", async () => {
    const result = await openTicket(world.requester, {
      ...base(),
      followerIds: [world.colleague.id],
      contactPhone: "(61) 99999-1234",
      answers: { ...validGeridAnswers, modulo: "tentativa de mudar o fixo" },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.number).toMatch(/^CS\d{7}$/);

    const ticket = await db.ticket.findUniqueOrThrow({
      where: { id: result.value.id },
      include: { followers: true, events: true, notifications: true },
    });
    expect(ticket).toMatchObject({
      state: "OPEN",
      requesterId: world.requester.id,
      requestedForId: world.requester.id,
      organizationId: world.requester.organizationId,
      groupId: world.n1.id,
      assigneeId: null,
      version: 1,
      contactPhone: "61999991234",
      description: "Sem acesso.",
    });
    expect(ticket.answers).toEqual([
      { key: "motivo", label: "Motivo", type: "SELECT", value: "Problema" },
      { key: "modulo", label: "Módulo", type: "FIXED", value: "Gestão de usuários" },
      { key: "funcionalidade", label: "Funcionalidade", type: "SELECT", value: "Acesso" },
    ]);
    expect(ticket.followers.map((f) => f.userId)).toEqual([world.colleague.id]);
    expect(ticket.events).toMatchObject([
      { type: "CREATED", actorId: world.requester.id, toState: "OPEN" },
    ]);
    expect(ticket.notifications).toMatchObject([
      { kind: "ticket.created", eventId: ticket.events[0]!.id },
    ]);
    // The opener's receipt, the follower, and the agents of the group.
    expect(await recipientsOf(ticket.events[0]!.id)).toEqual(
      [world.requester.id, world.colleague.id, world.agent.id].sort(),
    );
  });

  it("opens for another user of the same organization ('Requisitado para')", async () => {
    const ticket = await openGerid(world, { requestedForId: world.colleague.id });
    expect(ticket.requestedForId).toBe(world.colleague.id);
    expect(ticket.requesterId).toBe(world.requester.id);
  });

  it("lets an agent open on a customer's behalf, in the customer's organization", async () => {
    const ticket = await openGerid(world, { requestedForId: world.stateRequester.id }, world.agent);
    expect(ticket.organizationId).toBe(world.stateRequester.organizationId);
    expect(ticket.requesterId).toBe(world.agent.id);
  });

  it("refuses an agent who does not say for whom", async () => {
    const result = await openTicket(world.agent, base());
    expect(result).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { requestedForId: expect.any(String) },
    });
  });

  it.each([
    [
      "requested-for from another organization",
      () => ({ requestedForId: world.stateRequester.id }),
      "requestedForId",
    ],
    [
      "a follower from another organization",
      () => ({ followerIds: [world.stateRequester.id] }),
      "followerIds",
    ],
    ["an agent as follower", () => ({ followerIds: [world.agent.id] }), "followerIds"],
    [
      "an unknown field key",
      () => ({ answers: { ...validGeridAnswers, sintoma: "Lento" } }),
      "answers.sintoma",
    ],
    [
      "a missing required answer",
      () => ({ answers: { motivo: "Problema" } }),
      "answers.funcionalidade",
    ],
    [
      "an empty required answer",
      () => ({ answers: { motivo: "", funcionalidade: "Acesso" } }),
      "answers.motivo",
    ],
    [
      "an option not in the list",
      () => ({ answers: { motivo: "Elogio", funcionalidade: "Acesso" } }),
      "answers.motivo",
    ],
    ["a missing description", () => ({ description: "   " }), "description"],
    ["an oversized description", () => ({ description: "x".repeat(10_001) }), "description"],
    ["a bad additional phone", () => ({ contactPhone: "12" }), "contactPhone"],
    ["an unknown item", () => ({ itemId: "nope" }), "itemId"],
  ])("refuses %s, naming the field and writing nothing", async (_case, override, field) => {
    const before = await db.ticket.count();
    const result = await openTicket(world.requester, { ...base(), ...override() });
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    if (!result.ok && result.error === "invalid")
      expect(Object.keys(result.fieldErrors)).toContain(field);
    expect(await db.ticket.count()).toBe(before);
  });

  it("takes only texts and lists of texts as answers, at the action's boundary", () => {
    const parse = (answers: Record<string, unknown>) =>
      openTicketInput.safeParse({ ...base(), answers }).success;
    expect(parse({ motivo: "Problema", modulos: ["Acesso", "Cadastro"] })).toBe(true);
    expect(parse({ motivo: { texto: "Problema" } })).toBe(false);
    expect(parse({ motivo: 42 })).toBe(false);
    expect(parse({ modulos: ["Acesso", 1] })).toBe(false);
    expect(openTicketInput.safeParse({ ...base(), requesterId: world.agent.id }).success).toBe(
      false,
    );
  });

  it("refuses a deactivated item", async () => {
    const item = await db.catalogItem.create({
      data: {
        title: "Antigo",
        slug: "antigo",
        categoryId: world.gerid.categoryId,
        groupId: world.n1.id,
        active: false,
      },
    });
    const result = await openTicket(world.requester, { ...base(), itemId: item.id, answers: {} });
    expect(result).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { itemId: expect.any(String) },
    });
  });

  it("returns the same ticket when a submission is sent twice, even at once", async () => {
    const input = { ...base(), submissionKey: "form-submission-0001" };
    const [a, b] = await Promise.all([
      openTicket(world.requester, input),
      openTicket(world.requester, input),
    ]);
    const again = await openTicket(world.requester, input);
    expect(a.ok && b.ok && again.ok).toBe(true);
    if (!a.ok || !b.ok || !again.ok) return;
    expect(b.value).toEqual(a.value);
    expect(again.value).toEqual(a.value);
    expect(await db.ticket.count({ where: { submissionKey: "form-submission-0001" } })).toBe(1);
  });

  it("numbers 50 parallel openings with 50 distinct consecutive numbers", async () => {
    const last = await db.counter.findUniqueOrThrow({ where: { name: "ticket" } });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => openTicket(world.requester, base())),
    );
    const numbers = results
      .map((r) => (r.ok ? Number(r.value.number.slice(2)) : NaN))
      .sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => last.value + 1 + i));
  });
});
