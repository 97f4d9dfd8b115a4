import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParsedMail } from "mailparser";
import { db } from "@/lib/db";
import { addComment } from "@/lib/tickets/comments";
import { assignTicket, transferTicket } from "@/lib/tickets/assignment";
import { autoCloseDueTickets } from "@/lib/tickets/auto-close";
import { changeState } from "@/lib/tickets/state-changes";
import { expandNotifications } from "@/lib/notifications/notification-mails";
import { listOutbox } from "@/lib/notifications/outbox-admin";
import { advance, at, demoWorld, openGerid, type World } from "../factories";
import { mailWorker } from "../support/mail";
import { recipientOf, startSmtpCatcher } from "../support/smtp";

// Every ticket event, through the real mail worker and a real SMTP server: who receives which
// e-mail, and that nobody else does.

let world: World;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let worker: ReturnType<typeof mailWorker>;

const REQUESTER = "requerente@prefeitura.example";
const COLLEAGUE = "acompanhante@prefeitura.example";
const AGENT = "analista@suporte.example";
const OTHER_AGENT = "relacionamento@suporte.example";

beforeAll(async () => {
  world = await demoWorld();
  smtp = await startSmtpCatcher();
  worker = mailWorker(smtp.url);
});
afterAll(async () => {
  worker.close();
  await smtp.stop();
});

/**
 * Runs the mail worker and returns what arrived, by recipient address; each event of these
 * tests mails each person at most once.
 */
async function delivered(now = new Date()): Promise<Map<string, ParsedMail>> {
  const before = smtp.messages.length;
  await worker.run(now);
  const mails = new Map<string, ParsedMail>();
  for (const mail of smtp.messages.slice(before)) {
    const address = recipientOf(mail) ?? "?";
    expect(mails.has(address), `two mails to ${address}`).toBe(false);
    mails.set(address, mail);
  }
  return mails;
}

const recipients = (mails: Map<string, ParsedMail>) => [...mails.keys()].sort();

/** A GERID ticket whose creation mails are already out of the way, optionally started. */
async function quietTicket(input: Parameters<typeof openGerid>[1] = {}, started = false) {
  const ticket = await openGerid(world, input);
  await delivered();
  if (!started) return ticket;
  await advance(world, ticket.id, ["start"]);
  await delivered();
  return db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
}

describe("ticket e-mails", () => {
  it("on creation: a receipt with the number and link to the customer side, the news to the group's agents", async () => {
    const ticket = await openGerid(world, { followerIds: [world.colleague.id] });
    const mails = await delivered();
    expect(recipients(mails)).toEqual([COLLEAGUE, AGENT, REQUESTER].sort());

    const receipt = mails.get(REQUESTER)!;
    expect(receipt.subject).toBe(`[${ticket.number}] Solicitação registrada – GERID`);
    expect(receipt.text).toContain(`Guarde o número ${ticket.number}`);
    expect(receipt.text).toContain(`/solicitacoes/${ticket.number}`);
    expect(receipt.html).toContain(`href="http://localhost:3000/solicitacoes/${ticket.number}"`);
    expect(mails.get(COLLEAGUE)!.text).toContain("Requerente Demo abriu a solicitação");
    expect(mails.get(AGENT)!.subject).toBe(`[${ticket.number}] Nova solicitação – GERID`);
    expect(mails.get(AGENT)!.text).toContain("Prefeitura Municipal de Demonstração");
  });

  it("on a public reply: everyone on the ticket but its author; internal notes only to support", async () => {
    const ticket = await quietTicket({ followerIds: [world.colleague.id] }, true);
    await addComment(world.agent, { ticketId: ticket.id, body: "Pode enviar o print?" });
    const reply = await delivered();
    expect(recipients(reply)).toEqual([COLLEAGUE, REQUESTER].sort());
    expect(reply.get(REQUESTER)!.subject).toBe(`[${ticket.number}] Nova resposta – GERID`);
    expect(reply.get(REQUESTER)!.text).toContain("> Pode enviar o print?");

    await addComment(world.requester, { ticketId: ticket.id, body: "Segue em anexo." });
    expect(recipients(await delivered())).toEqual([COLLEAGUE, AGENT].sort()); // the assignee

    await addComment(world.agent, {
      ticketId: ticket.id,
      body: "Só para o suporte.",
      internal: true,
    });
    expect(recipients(await delivered())).toEqual([]); // the author is the only agent
  });

  it("a requester's message on a ticket nobody has taken reaches the group's agents", async () => {
    const ticket = await quietTicket();
    expect(ticket.assigneeId).toBeNull();
    await addComment(world.requester, { ticketId: ticket.id, body: "Alguma novidade?" });
    expect(recipients(await delivered())).toEqual([AGENT]);
  });

  it("on resolution: asks for a position and says when it closes by itself; the automatic close too", async () => {
    const ticket = await quietTicket();
    await advance(world, ticket.id, ["start"]);
    expect((await delivered()).get(REQUESTER)!.subject).toBe(
      `[${ticket.number}] Situação: Em andamento`,
    );
    await advance(world, ticket.id, ["resolve"], at("2026-11-02T12:00:00Z"));
    const mails = await delivered();
    expect(recipients(mails)).toEqual([REQUESTER]);
    const resolved = mails.get(REQUESTER)!;
    expect(resolved.subject).toBe(
      `[${ticket.number}] Solicitação resolvida – aguardando sua posição`,
    );
    expect(resolved.text).toContain("fechada automaticamente em 7 dias");
    expect(resolved.text).toContain("> Texto de teste.");

    await autoCloseDueTickets(at("2026-11-10T12:00:00Z"));
    const closed = await delivered();
    expect(recipients(closed)).toEqual([REQUESTER]);
    expect(closed.get(REQUESTER)!.subject).toBe(
      `[${ticket.number}] Solicitação fechada automaticamente`,
    );
  });

  it("on cancel: the reason, to the others on the ticket and the assignee", async () => {
    const ticket = await quietTicket({ followerIds: [world.colleague.id] }, true);
    await changeState(world.requester, {
      ticketId: ticket.id,
      version: ticket.version,
      action: "cancel",
      text: "Resolvi sozinho.",
    });
    const mails = await delivered();
    expect(recipients(mails)).toEqual([COLLEAGUE, AGENT].sort());
    expect(mails.get(COLLEAGUE)!.subject).toBe(`[${ticket.number}] Solicitação cancelada`);
    expect(mails.get(COLLEAGUE)!.text).toContain("Motivo\n> Resolvi sozinho.");
  });

  it("on assignment and transfer: the new assignee, then the new group's agents", async () => {
    const ticket = await quietTicket();
    expect(
      await assignTicket(world.admin, {
        ticketId: ticket.id,
        version: ticket.version,
        assigneeId: world.agent.id,
      }),
    ).toMatchObject({ ok: true });
    const assigned = await delivered();
    expect(recipients(assigned)).toEqual([AGENT]);
    expect(assigned.get(AGENT)!.subject).toBe(`[${ticket.number}] Solicitação atribuída a você`);

    expect(
      await transferTicket(world.agent, {
        ticketId: ticket.id,
        version: ticket.version + 1,
        groupId: world.relacionamento.id,
        reason: "Assunto de relacionamento.",
      }),
    ).toMatchObject({ ok: true });
    const transferred = await delivered();
    expect(recipients(transferred)).toEqual([OTHER_AGENT]);
    expect(transferred.get(OTHER_AGENT)!.subject).toBe(
      `[${ticket.number}] Solicitação transferida para Relacionamento`,
    );
  });

  it("re-checks permissions when the mail is built: a deactivated follower gets nothing", async () => {
    const ticket = await quietTicket({ followerIds: [world.colleague.id] });
    await addComment(world.agent, { ticketId: ticket.id, body: "Olá." });
    await db.user.update({ where: { id: world.colleague.id }, data: { active: false } });
    try {
      expect(recipients(await delivered())).toEqual([REQUESTER]);
    } finally {
      await db.user.update({ where: { id: world.colleague.id }, data: { active: true } });
    }
  });

  it("escapes user text, keeps line breaks out of headers and threads a ticket's mails", async () => {
    // Admin-typed names reach the subject and the To header: a line break must not add a header.
    await db.catalogItem.update({
      where: { id: world.gerid.id },
      data: { title: "GERID\r\nBcc: intruso@example.com" },
    });
    const ticket = await openGerid(world, { description: '<script>alert("x")</script>' });
    const mails = await delivered();
    await db.catalogItem.update({ where: { id: world.gerid.id }, data: { title: "GERID" } });
    expect(recipients(mails)).toEqual([AGENT, REQUESTER].sort());
    const created = mails.get(REQUESTER)!;
    expect(created.subject).toBe(
      `[${ticket.number}] Solicitação registrada – GERID Bcc: intruso@example.com`,
    );
    expect(created.headers.has("bcc")).toBe(false);
    expect(created.html).not.toContain("<script>");
    expect(created.html).toContain("&#60;script&#62;");

    await addComment(world.agent, { ticketId: ticket.id, body: "Primeira resposta." });
    const reply = (await delivered()).get(REQUESTER)!;
    const thread = `<${ticket.number.toLowerCase()}.ticket@localhost>`;
    for (const mail of [created, reply]) {
      expect(mail.inReplyTo).toBe(thread);
      expect([mail.references].flat()).toContain(thread);
      expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    }
    expect(created.messageId).not.toBe(reply.messageId);
    const rows = await db.outboxMessage.findMany({ where: { ticketId: ticket.id, state: "SENT" } });
    expect(rows.map((r) => r.messageId).sort()).toEqual(
      expect.arrayContaining([created.messageId, reply.messageId]),
    );
  });

  it("builds each notification's e-mails once when two workers overlap", async () => {
    const tickets = await Promise.all(Array.from({ length: 20 }, () => openGerid(world)));
    const [a, b] = await Promise.all([expandNotifications(), expandNotifications()]);
    expect(a.notifications + b.notifications).toBe(20);
    const rows = await db.outboxMessage.groupBy({
      by: ["ticketId"],
      where: { ticketId: { in: tickets.map((t) => t.id) } },
      _count: { _all: true },
    });
    expect(rows.map((r) => r._count._all)).toEqual(Array(20).fill(2)); // requester and agent
  });

  it("counts, on the admin's e-mail page, the notifications not yet made into e-mails", async () => {
    await expandNotifications();
    await Promise.all(Array.from({ length: 3 }, () => openGerid(world)));
    const before = await listOutbox(world.admin, { pagina: 1 });
    expect(before.ok && before.value.preparing).toBe(3);

    await expandNotifications();
    const after = await listOutbox(world.admin, { pagina: 1 });
    expect(after.ok && after.value.preparing).toBe(0);
  });
});
