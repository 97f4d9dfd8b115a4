import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readMailbox } from "@/lib/inbound/reader";
import { ANSWER_KIND } from "@/lib/inbound/answers";
import { threadIdOf } from "@/lib/notifications/outbox";
import { changeState } from "@/lib/tickets/state-changes";
import { startThrowawayDovecot, type ThrowawayDovecot } from "../../scripts/throwaway-dovecot";
import { advance, at, demoWorld, openGerid, type World } from "../factories";
import { composeMail, deliver, folderCounts, freshMailbox } from "../support/imap";

// Mail read from a real IMAP server (a throwaway Dovecot): replies become messages on the ticket
// through the ticket service, strangers and closed tickets are refused and answered, a bound
// address opens tickets, machines are ignored, and every message ends in "Processados".

let imap: ThrowawayDovecot;
let world: World;
beforeAll(async () => {
  imap = await startThrowawayDovecot();
  world = await demoWorld();
});
afterAll(() => imap?.stop());

const NOW = at("2026-11-02T14:00:00Z");
const emailOf = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { email: true } }).then((u) => u.email);
const inboundRows = () => db.inboundEmail.findMany({ orderBy: { createdAt: "asc" } });
const answersTo = (address: string) =>
  db.outboxMessage.findMany({ where: { kind: ANSWER_KIND, toAddress: address } });

/** A ticket waiting for the requester's information (AWAITING_INFO). */
async function waitingTicket() {
  const ticket = await advance(world, (await openGerid(world)).id, ["start"]);
  const asked = await changeState(world.agent, {
    ticketId: ticket.id,
    version: ticket.version,
    action: "askForInfo",
    text: "Envie o log do erro.",
  });
  if (!asked.ok) throw new Error(JSON.stringify(asked));
  return db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
}

describe("replies to ticket mails", () => {
  it("turns the requester's reply into a message with its file, without the quoted text", async () => {
    const mailbox = freshMailbox(imap.urlOf);
    const ticket = await waitingTicket();
    await deliver(
      mailbox,
      composeMail({
        from: `Requerente <${await emailOf(world.requester.id)}>`,
        to: "suporte@prefeitura.test",
        subject: `Re: [${ticket.number}] Precisamos de informações`,
        inReplyTo: threadIdOf(ticket.number),
        references: [threadIdOf(ticket.number)],
        text: [
          "Segue o log em anexo.",
          "",
          "Em seg., 2 de nov. de 2026 às 10:00, Portal <nao-responda@localhost> escreveu:",
          "> ## Responda acima desta linha ##",
          "> Envie o log do erro.",
        ].join("\n"),
        attachments: [{ filename: "erro.txt", content: "linha 1: falha de acesso\n" }],
      }),
    );

    const report = await readMailbox(mailbox, { clock: NOW });
    expect(report).toMatchObject({ processed: 1, moved: 1, failed: 0 });

    const message = await db.ticketEvent.findFirstOrThrow({
      where: { ticketId: ticket.id, type: "COMMENT", actorId: world.requester.id },
      include: { attachments: true },
    });
    expect(message.body).toBe("Segue o log em anexo.");
    expect(message.visibility).toBe("PUBLIC");
    expect(message.attachments.map((a) => [a.fileName, a.contentType])).toEqual([
      ["erro.txt", "text/plain; charset=utf-8"],
    ]);
    // The reply cycle of the ticket page: the answer takes it back to the queue.
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).state).toBe(
      "IN_PROGRESS",
    );
    const row = await db.inboundEmail.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(row).toMatchObject({ state: "MESSAGE", fromAddress: await emailOf(world.requester.id) });
    expect(await folderCounts(mailbox)).toEqual({ inbox: 0, processed: 1 });
  });

  it("finds the ticket by the number in the subject, and support's reply is public", async () => {
    const mailbox = freshMailbox(imap.urlOf);
    const ticket = await openGerid(world);
    await deliver(
      mailbox,
      composeMail({
        from: await emailOf(world.agent.id),
        to: "suporte@prefeitura.test",
        subject: `RES: [${ticket.number}] Nova solicitação`,
        text: "Estamos verificando.",
      }),
    );
    await readMailbox(mailbox, { clock: NOW });
    const message = await db.ticketEvent.findFirstOrThrow({
      where: { ticketId: ticket.id, type: "COMMENT" },
    });
    expect(message).toMatchObject({
      actorId: world.agent.id,
      visibility: "PUBLIC",
      body: "Estamos verificando.",
    });
  });

  it("refuses a stranger's reply, logs it, and answers once an hour", async () => {
    const mailbox = freshMailbox(imap.urlOf);
    const ticket = await openGerid(world);
    const stranger = "curioso@externo.test";
    const reply = (text: string) =>
      composeMail({
        from: stranger,
        to: "suporte@prefeitura.test",
        subject: `Re: [${ticket.number}] Solicitação registrada`,
        text,
      });
    await deliver(mailbox, reply("Posso ver?"), reply("E agora?"));
    await readMailbox(mailbox, { clock: NOW });

    const rows = await db.inboundEmail.findMany({ where: { fromAddress: stranger } });
    expect(rows.map((r) => [r.state, r.reason])).toEqual([
      ["REFUSED", "O endereço do remetente não pertence a um usuário ativo do portal."],
      ["REFUSED", "O endereço do remetente não pertence a um usuário ativo do portal."],
    ]);
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "COMMENT" } })).toBe(0);
    // One polite answer, and nothing in it about the ticket.
    const answers = await answersTo(stranger);
    expect(answers).toHaveLength(1);
    expect(answers[0]!.ticketId).toBeNull();
    expect(answers[0]!.text).not.toContain(ticket.number);
    expect(await folderCounts(mailbox)).toEqual({ inbox: 0, processed: 2 });
  });

  it("refuses a colleague who is not on the ticket", async () => {
    const mailbox = freshMailbox(imap.urlOf);
    const ticket = await openGerid(world);
    await deliver(
      mailbox,
      composeMail({
        from: await emailOf(world.colleague.id),
        subject: `Re: [${ticket.number}]`,
        text: "Também tenho esse problema.",
      }),
    );
    await readMailbox(mailbox, { clock: NOW });
    const row = await db.inboundEmail.findFirstOrThrow({
      where: { fromAddress: await emailOf(world.colleague.id) },
    });
    expect(row).toMatchObject({
      state: "REFUSED",
      reason: "O remetente não pode escrever nesta solicitação.",
    });
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "COMMENT" } })).toBe(0);
  });

  it("answers a reply to a closed ticket and does not reopen it", async () => {
    const mailbox = freshMailbox(imap.urlOf);
    const ticket = await advance(world, (await openGerid(world)).id, [
      "start",
      "resolve",
      "accept",
    ]);
    expect(ticket.state).toBe("CLOSED");
    await deliver(
      mailbox,
      composeMail({
        from: await emailOf(world.requester.id),
        subject: `Re: [${ticket.number}] Solução aceita`,
        inReplyTo: threadIdOf(ticket.number),
        text: "Voltou a acontecer.",
      }),
    );
    // A fresh hour for this address: the earlier tests' answers went to others.
    await readMailbox(mailbox, { clock: at("2026-11-03T14:00:00Z") });

    const after = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(after).toMatchObject({ state: "CLOSED", version: ticket.version });
    const row = await db.inboundEmail.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(row.state).toBe("REFUSED");
    const [answer] = await db.outboxMessage.findMany({
      where: { kind: ANSWER_KIND, ticketId: ticket.id },
    });
    expect(answer!.text).toContain(`A solicitação ${ticket.number} está encerrada`);
    expect(answer!.text).toContain("Abrir uma nova solicitação: http://localhost");
    expect(answer!.threadId).toBe(threadIdOf(ticket.number));
  });

  it("refuses a dangerous attachment with the reason, and writes nothing", async () => {
    const mailbox = freshMailbox(imap.urlOf);
    const ticket = await openGerid(world);
    await deliver(
      mailbox,
      composeMail({
        from: await emailOf(world.requester.id),
        subject: `Re: [${ticket.number}]`,
        text: "Rode este programa.",
        attachments: [
          { filename: "corrige.exe", content: Buffer.from("MZ\x90\x00\x03binary\x00") },
        ],
      }),
    );
    await readMailbox(mailbox, { clock: at("2026-11-04T14:00:00Z") });
    const row = await db.inboundEmail.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(row.state).toBe("REFUSED");
    expect(row.reason).toMatch(/^Anexo recusado: corrige\.exe: tipo de arquivo não aceito/);
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "COMMENT" } })).toBe(0);
    expect(await db.attachment.count({ where: { fileName: { contains: "corrige" } } })).toBe(0);
  });
});

describe("mail no person wrote", () => {
  it("ignores an auto-reply and a bounce, and answers neither", async () => {
    const mailbox = freshMailbox(imap.urlOf);
    const ticket = await openGerid(world);
    const requester = await emailOf(world.requester.id);
    await deliver(
      mailbox,
      composeMail({
        from: requester,
        subject: `Ausente: [${ticket.number}] Solicitação registrada`,
        headers: { "Auto-Submitted": "auto-replied" },
        text: "Estou de férias até dia 10.",
      }),
      composeMail({
        from: "MAILER-DAEMON@prefeitura.test",
        subject: "Undelivered Mail Returned to Sender",
        text: "This is the mail system.",
      }),
    );
    const before = await db.outboxMessage.count({ where: { kind: ANSWER_KIND } });
    await readMailbox(mailbox, { clock: at("2026-11-05T14:00:00Z") });
    const rows = (await inboundRows()).slice(-2);
    expect(rows.map((r) => r.state)).toEqual(["IGNORED", "IGNORED"]);
    expect(rows[0]!.reason).toContain("Auto-Submitted: auto-replied");
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "COMMENT" } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { kind: ANSWER_KIND } })).toBe(before);
  });

  it("ignores our own mail come back (its Message-ID is one of ours)", async () => {
    const mailbox = freshMailbox(imap.urlOf);
    const ours = await db.outboxMessage.findFirstOrThrow({ where: { ticketId: { not: null } } });
    await deliver(
      mailbox,
      composeMail({
        from: "alguem@externo.test",
        messageId: ours.messageId,
        subject: ours.subject,
        text: "cópia",
      }),
    );
    await readMailbox(mailbox, { clock: NOW });
    const row = await db.inboundEmail.findFirstOrThrow({ where: { messageId: ours.messageId } });
    expect(row).toMatchObject({
      state: "IGNORED",
      reason: "E-mail enviado pelo próprio portal (laço de e-mail).",
    });
  });
});

describe("new tickets by e-mail", () => {
  it("opens a ticket of the item bound to the address (or its +tag), with the receipt", async () => {
    const item = await db.catalogItem.create({
      data: {
        title: "Pedido por e-mail",
        slug: "pedido-por-email",
        categoryId: world.gerid.categoryId,
        groupId: world.n1.id,
      },
    });
    await db.inboundAddress.create({ data: { address: "+pedidos", itemId: item.id } });
    const mailbox = freshMailbox(imap.urlOf);
    await deliver(
      mailbox,
      composeMail({
        from: await emailOf(world.requester.id),
        to: "suporte+pedidos@prefeitura.test",
        subject: "Impressora sem toner",
        text: "A impressora do 2º andar está sem toner.",
        attachments: [{ filename: "foto.txt", content: "descrição da foto" }],
      }),
    );
    await readMailbox(mailbox, { clock: NOW });

    const ticket = await db.ticket.findFirstOrThrow({
      where: { itemId: item.id },
      include: { attachments: true },
    });
    expect(ticket).toMatchObject({
      requesterId: world.requester.id,
      state: "OPEN",
      description: "Impressora sem toner\n\nA impressora do 2º andar está sem toner.",
    });
    expect(ticket.attachments).toHaveLength(1);
    const row = await db.inboundEmail.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(row.state).toBe("TICKET");
    // The receipt is the usual "Solicitação registrada" mail, with the number.
    expect(
      await db.notification.count({ where: { ticketId: ticket.id, kind: "ticket.created" } }),
    ).toBe(1);
  });

  it("refuses a mail that names no ticket and reaches no bound address", async () => {
    const mailbox = freshMailbox(imap.urlOf);
    const from = await emailOf(world.stateRequester.id);
    await deliver(
      mailbox,
      composeMail({ from, to: "suporte@prefeitura.test", subject: "Oi", text: "Ajuda" }),
    );
    await readMailbox(mailbox, { clock: NOW });
    const row = await db.inboundEmail.findFirstOrThrow({ where: { fromAddress: from } });
    expect(row.state).toBe("REFUSED");
    expect(row.reason).toMatch(/não responde a uma solicitação/);
    expect(await answersTo(from)).toHaveLength(1);
  });
});

describe("exactly once", () => {
  it("processes each message a single time when two readers read the mailbox at once", async () => {
    const mailbox = freshMailbox(imap.urlOf);
    const ticket = await openGerid(world);
    const from = await emailOf(world.requester.id);
    const texts = Array.from({ length: 6 }, (_, i) => `Mensagem ${i}`);
    await deliver(
      mailbox,
      ...texts.map((text) => composeMail({ from, subject: `Re: [${ticket.number}]`, text })),
    );
    const reports = await Promise.all([
      readMailbox(mailbox, { clock: NOW }),
      readMailbox(mailbox, { clock: NOW }),
    ]);
    expect(reports[0]!.processed + reports[1]!.processed).toBe(6);
    const bodies = await db.ticketEvent.findMany({
      where: { ticketId: ticket.id, type: "COMMENT" },
      select: { body: true },
    });
    expect(bodies.map((b) => b.body).sort()).toEqual(texts);
    expect(await folderCounts(mailbox)).toEqual({ inbox: 0, processed: 6 });
  });
});
