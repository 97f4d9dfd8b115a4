import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addComment } from "@/lib/tickets/comments";
import { closeUnansweredInfoRequests } from "@/lib/tickets/info-close";
import { sendAutoCloseReminders, sendInfoReminders } from "@/lib/tickets/reply-reminders";
import { changeState } from "@/lib/tickets/state-changes";
import { advance, at, demoWorld, openGerid, recipientsOf, type World } from "../factories";

// "Aguardando informações do usuário": support asks, the requester answers (or is reminded, and
// the ticket closes without an answer); and the one reminder before a solution closes by itself.
// Business days: Monday to Friday 08:00–18:00 in São Paulo (UTC−3), the default settings.

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});

const reload = (id: string) => db.ticket.findUniqueOrThrow({ where: { id } });

async function askedOn(iso: string) {
  const ticket = await advance(world, (await openGerid(world)).id, ["start"], at(iso));
  const result = await changeState(
    world.agent,
    {
      ticketId: ticket.id,
      version: ticket.version,
      action: "askForInfo",
      text: "Qual é o seu CPF?",
    },
    at(iso),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return reload(ticket.id);
}

/** Two job processes at the same moment: on PostgreSQL, two connections. */
const twice = <T>(run: () => Promise<T>) => Promise.all([run(), run()]);

describe("asking the requester for information", () => {
  it("posts the question publicly, and the requester's answer returns the ticket to support", async () => {
    const ticket = await askedOn("2026-11-02T13:00:00Z");
    expect(ticket).toMatchObject({
      state: "AWAITING_INFO",
      assigneeId: world.agent.id,
      lastReplyFrom: "SUPPORT",
      infoRequestedAt: new Date("2026-11-02T13:00:00Z"),
    });
    const question = await db.ticketEvent.findFirstOrThrow({
      where: { ticketId: ticket.id, toState: "AWAITING_INFO" },
    });
    expect(question).toMatchObject({ visibility: "PUBLIC", body: "Qual é o seu CPF?" });
    expect(await recipientsOf(question.id)).toEqual([world.requester.id]);

    // Support writing again is not the answer: it still waits.
    await addComment(
      world.agent,
      { ticketId: ticket.id, body: "Lembrando." },
      at("2026-11-02T14:00:00Z"),
    );
    expect((await reload(ticket.id)).state).toBe("AWAITING_INFO");

    const answer = await addComment(
      world.requester,
      { ticketId: ticket.id, body: "529.982.247-25" },
      at("2026-11-03T13:00:00Z"),
    );
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    expect(await reload(ticket.id)).toMatchObject({
      state: "IN_PROGRESS",
      lastReplyFrom: "CUSTOMER",
      infoRequestedAt: null,
    });
    const back = await db.ticketEvent.findFirstOrThrow({
      where: { ticketId: ticket.id, fromState: "AWAITING_INFO", toState: "IN_PROGRESS" },
    });
    expect(back).toMatchObject({ actorId: null, data: { action: "infoReceived" } });
    // The assignee is told by the answer's own e-mail.
    expect(await recipientsOf(answer.value.eventId)).toContain(world.agent.id);
  });

  it("tells the whole group when nobody has the ticket yet", async () => {
    const ticket = await openGerid(world);
    const asked = await changeState(
      world.admin,
      { ticketId: ticket.id, version: ticket.version, action: "askForInfo", text: "Qual sistema?" },
      at("2026-11-02T13:00:00Z"),
    );
    expect(asked.ok).toBe(true);
    await db.ticket.update({ where: { id: ticket.id }, data: { assigneeId: null } });
    const answer = await addComment(world.requester, { ticketId: ticket.id, body: "O GERID." });
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    expect(await recipientsOf(answer.value.eventId)).toContain(world.agent.id);
    expect((await reload(ticket.id)).state).toBe("IN_PROGRESS");
  });

  it("refuses a question without text, and the requester cannot ask", async () => {
    const ticket = await advance(world, (await openGerid(world)).id, ["start"]);
    const empty = await changeState(world.agent, {
      ticketId: ticket.id,
      version: ticket.version,
      action: "askForInfo",
      text: "  ",
    });
    expect(empty).toMatchObject({
      ok: false,
      fieldErrors: { text: "Escreva o que o usuário deve informar." },
    });
    const byRequester = await changeState(world.requester, {
      ticketId: ticket.id,
      version: ticket.version,
      action: "askForInfo",
      text: "?",
    }).catch((e: unknown) => e);
    expect(byRequester).toMatchObject({ result: { ok: false, error: "forbidden" } });
    expect((await reload(ticket.id)).state).toBe("IN_PROGRESS");
  });
});

describe("the reminder and the close without an answer", () => {
  it("reminds once after 3 business days, closes 5 business days later, each once", async () => {
    await db.ticket.updateMany({ where: { state: "AWAITING_INFO" }, data: { state: "CANCELLED" } });
    // Friday 10:00 in São Paulo: the reminder is due Wednesday 10:00.
    const ticket = await askedOn("2026-11-06T13:00:00Z");
    expect(await sendInfoReminders(at("2026-11-11T12:59:00Z"))).toEqual({ reminded: 0 });
    const [a, b] = await twice(() => sendInfoReminders(at("2026-11-11T13:00:00Z")));
    expect(a.reminded + b.reminded).toBe(1);
    expect(await sendInfoReminders(at("2026-11-12T13:00:00Z"))).toEqual({ reminded: 0 });
    const reminders = await db.ticketEvent.findMany({
      where: { ticketId: ticket.id, type: "COMMENT", actorId: null },
      include: { notification: true },
    });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      visibility: "PUBLIC",
      data: { action: "infoReminder", days: 5 },
      notification: { kind: "ticket.info_reminder" },
    });
    expect(await recipientsOf(reminders[0]!.id)).toEqual([world.requester.id]);
    expect((await reload(ticket.id)).infoReminderSentAt).toEqual(new Date("2026-11-11T13:00:00Z"));

    // 5 business days after the reminder: Wednesday 18 at 10:00.
    expect(await closeUnansweredInfoRequests(at("2026-11-18T12:59:00Z"))).toEqual({ closed: 0 });
    const [c, d] = await twice(() => closeUnansweredInfoRequests(at("2026-11-18T13:00:00Z")));
    expect(c.closed + d.closed).toBe(1);
    const closed = await reload(ticket.id);
    expect(closed).toMatchObject({
      state: "CLOSED",
      closedAt: new Date("2026-11-18T13:00:00Z"),
      version: ticket.version + 1,
    });
    const event = await db.ticketEvent.findFirstOrThrow({
      where: { ticketId: ticket.id, toState: "CLOSED" },
      include: { notification: true },
    });
    expect(event).toMatchObject({
      actorId: null,
      fromState: "AWAITING_INFO",
      body: "Sem retorno do usuário.",
      data: { action: "infoClose" },
      notification: { kind: "ticket.state_changed" },
    });
    expect(await recipientsOf(event.id)).toEqual([world.requester.id]);
  });

  it("never closes before the reminder, and not at all when the setting is 0", async () => {
    const ticket = await askedOn("2026-10-05T13:00:00Z");
    expect(await closeUnansweredInfoRequests(at("2026-12-31T13:00:00Z"))).toEqual({ closed: 0 });
    await db.settings.create({ data: { id: 1, infoCloseDays: 0 } });
    await sendInfoReminders(at("2026-10-20T13:00:00Z"));
    expect(await closeUnansweredInfoRequests(at("2026-12-31T13:00:00Z"))).toEqual({ closed: 0 });
    expect((await reload(ticket.id)).state).toBe("AWAITING_INFO");
    await db.settings.update({ where: { id: 1 }, data: { infoCloseDays: 5, infoReminderDays: 0 } });
    // Reminders off: the close counts from the question.
    const later = await askedOn("2026-12-01T13:00:00Z");
    expect(await sendInfoReminders(at("2026-12-31T13:00:00Z"))).toEqual({ reminded: 0 });
    expect(await closeUnansweredInfoRequests(at("2026-12-08T12:59:00Z"))).toEqual({ closed: 1 });
    expect((await reload(ticket.id)).state).toBe("CLOSED");
    expect((await reload(later.id)).state).toBe("AWAITING_INFO");
    await db.settings.delete({ where: { id: 1 } });
  });

  it("reminds again only after support asks again", async () => {
    const ticket = await askedOn("2026-09-01T13:00:00Z");
    expect((await sendInfoReminders(at("2026-09-10T13:00:00Z"))).reminded).toBeGreaterThan(0);
    await addComment(world.requester, { ticketId: ticket.id, body: "Resposta." });
    const answered = await reload(ticket.id);
    expect(answered).toMatchObject({ state: "IN_PROGRESS", infoReminderSentAt: null });
    await changeState(
      world.agent,
      { ticketId: ticket.id, version: answered.version, action: "askForInfo", text: "E o RG?" },
      at("2026-09-14T13:00:00Z"),
    );
    expect(await sendInfoReminders(at("2026-09-17T13:00:00Z"))).toEqual({ reminded: 1 });
  });
});

describe("the reminder before a solution closes by itself", () => {
  it("reminds once, 2 days before, and again only for a new due date", async () => {
    await db.ticket.updateMany({ where: { state: "AWAITING_USER" }, data: { state: "CANCELLED" } });
    const ticket = await advance(
      world,
      (await openGerid(world)).id,
      ["start", "resolve"],
      at("2026-11-02T12:00:00Z"),
    );
    expect(ticket.autoCloseDueAt).toEqual(new Date("2026-11-09T12:00:00Z"));
    expect(await sendAutoCloseReminders(at("2026-11-07T11:59:00Z"))).toEqual({ reminded: 0 });
    const [a, b] = await twice(() => sendAutoCloseReminders(at("2026-11-07T12:00:00Z")));
    expect(a.reminded + b.reminded).toBe(1);
    expect(await sendAutoCloseReminders(at("2026-11-08T12:00:00Z"))).toEqual({ reminded: 0 });
    const reminder = await db.ticketEvent.findFirstOrThrow({
      where: { ticketId: ticket.id, type: "COMMENT", actorId: null },
      include: { notification: true },
    });
    expect(reminder).toMatchObject({
      data: { action: "autoCloseReminder", days: 2 },
      notification: { kind: "ticket.auto_close_reminder" },
    });
    expect(await recipientsOf(reminder.id)).toEqual([world.requester.id]);

    // Support answers: a new due date, and its own reminder.
    await addComment(
      world.agent,
      { ticketId: ticket.id, body: "Mais detalhes." },
      at("2026-11-08T12:00:00Z"),
    );
    expect(await sendAutoCloseReminders(at("2026-11-13T12:00:00Z"))).toEqual({ reminded: 1 });
  });

  it("sends nothing when the setting is 0", async () => {
    await db.settings.create({ data: { id: 1, autoCloseReminderDays: 0 } });
    await advance(
      world,
      (await openGerid(world)).id,
      ["start", "resolve"],
      at("2026-08-03T12:00:00Z"),
    );
    expect(await sendAutoCloseReminders(at("2026-08-09T12:00:00Z"))).toEqual({ reminded: 0 });
    await db.settings.delete({ where: { id: 1 } });
  });
});
