import { SUPPORT_ADDRESS } from "./inbound-configured";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readMailbox } from "@/lib/inbound/reader";
import { REPLY_MARKER_LINE } from "@/lib/inbound/marker";
import { deliverOutbox } from "@/lib/notifications/delivery";
import { expandNotifications } from "@/lib/notifications/notification-mails";
import { smtpTransport } from "@/lib/notifications/smtp-transport";
import { ticketMail } from "@/lib/notifications/ticket-mails";
import { changeState } from "@/lib/tickets/state-changes";
import { startThrowawayDovecot, type ThrowawayDovecot } from "../../scripts/throwaway-dovecot";
import { advance, at, demoWorld, openGerid, type World } from "../factories";
import { composeMail, deliver, freshMailbox } from "../support/imap";
import { recipientOf, startSmtpCatcher } from "../support/smtp";

// With inbound mail configured, ticket mails say where to write (Reply-To and the line to write
// above), and a reply written the way a mail client writes it comes back as just the reply.

let imap: ThrowawayDovecot;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let world: World;
beforeAll(async () => {
  [imap, smtp] = await Promise.all([startThrowawayDovecot(), startSmtpCatcher()]);
  world = await demoWorld();
});
afterAll(async () => {
  await Promise.all([imap?.stop(), smtp?.stop()]);
});

it("writes the reply line and the footer only when replies are read", () => {
  const facts = {
    kind: "ticket.comment" as const,
    ticket: {
      number: "CS0000123",
      itemTitle: "GERID",
      state: "IN_PROGRESS" as const,
      groupName: "Atendimento N1",
      organizationName: "Prefeitura",
      description: "x",
    },
    event: { actorName: "Ana", body: "Pode testar?" },
    recipient: { name: "Maria", audience: "customer" as const, isOpener: true },
    autoCloseDays: 7,
    ticketUrl: "http://localhost/solicitacoes/CS0000123",
  };
  const read = ticketMail({ ...facts, replyByMail: true }).body;
  expect(read.text.startsWith(`${REPLY_MARKER_LINE}\n\n`)).toBe(true);
  expect(read.html).toContain(REPLY_MARKER_LINE);
  expect(read.text).toContain("Você pode responder a este e-mail");
  const unread = ticketMail(facts).body;
  expect(unread.text).not.toContain(REPLY_MARKER_LINE);
  expect(unread.text).toContain("respostas a este e-mail não são lidas");
  const support = ticketMail({
    ...facts,
    recipient: { ...facts.recipient, audience: "support" },
    replyByMail: true,
  }).body;
  expect(support.text).toContain("será publicada na solicitação como resposta pública");
});

it("sends Reply-To the support mailbox, and the requester's reply to that mail lands cleanly", async () => {
  const ticket = await advance(world, (await openGerid(world)).id, ["start"]);
  const asked = await changeState(
    world.agent,
    { ticketId: ticket.id, version: ticket.version, action: "askForInfo", text: "Qual navegador?" },
    at("2026-11-02T13:00:00Z"),
  );
  expect(asked.ok).toBe(true);
  await expandNotifications(at("2026-11-02T13:00:01Z"));
  const transport = smtpTransport(smtp.url, "Portal <nao-responda@localhost>", 1);
  try {
    await deliverOutbox({ transport, clock: at("2026-11-02T13:00:02Z") });
  } finally {
    transport.close();
  }
  const { email } = await db.user.findUniqueOrThrow({ where: { id: world.requester.id } });
  const received = await smtp.waitFor(
    (mail) => recipientOf(mail) === email && (mail.subject ?? "").includes("Precisamos"),
  );
  expect(received.replyTo?.value[0]?.address).toBe(SUPPORT_ADDRESS);

  // The reply as a mail client writes it: the text on top, the whole mail quoted below.
  const quoted = (received.text ?? "").replace(/^/gm, "> ");
  const mailbox = freshMailbox(imap.urlOf);
  await deliver(
    mailbox,
    composeMail({
      from: email,
      to: SUPPORT_ADDRESS,
      subject: `Re: ${received.subject}`,
      inReplyTo: received.messageId,
      references: [received.messageId!],
      text: `Uso o Firefox 140.\n\nEm 2 de nov. de 2026, Portal escreveu:\n${quoted}`,
    }),
  );
  await readMailbox(mailbox, { clock: at("2026-11-02T14:00:00Z") });
  const answer = await db.ticketEvent.findFirstOrThrow({
    where: { ticketId: ticket.id, type: "COMMENT", actorId: world.requester.id },
  });
  expect(answer.body).toBe("Uso o Firefox 140.");
  expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).state).toBe(
    "IN_PROGRESS",
  );
});
