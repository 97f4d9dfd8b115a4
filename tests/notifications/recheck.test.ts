import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { deliverOutbox } from "@/lib/notifications/delivery";
import { expandNotifications } from "@/lib/notifications/notification-mails";
import { smtpTransport } from "@/lib/notifications/smtp-transport";
import { addComment } from "@/lib/tickets/comments";
import { removeFollower } from "@/lib/tickets/followers";
import { demoWorld, openGerid, type World } from "../factories";
import { recipientOf, startSmtpCatcher } from "../support/smtp";

// Mail queued before a change of who may read it: the recipient is checked again when the mail
// is sent, and a mail whose recipient no longer may is dropped with the reason, never sent.

let world: World;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let transport: ReturnType<typeof smtpTransport>;

beforeAll(async () => {
  world = await demoWorld();
  smtp = await startSmtpCatcher();
  transport = smtpTransport(smtp.url, "Portal <portal@localhost>");
});
afterAll(async () => {
  transport.close();
  await smtp.stop();
});
beforeEach(async () => {
  // Each test starts with everyone in place and nothing waiting.
  await db.user.updateMany({ data: { active: true } });
  await deliverOutbox({ transport });
  smtp.messages.length = 0;
});

const COLLEAGUE = "acompanhante@prefeitura.example";
const REQUESTER = "requerente@prefeitura.example";
const AGENT = "analista@suporte.example";

/** A started GERID ticket followed by the colleague, and an analyst's reply queued, not sent. */
async function replyQueued(world: World) {
  const ticket = await openGerid(world, { followerIds: [world.colleague.id] });
  await db.ticket.update({ where: { id: ticket.id }, data: { assigneeId: world.agent.id } });
  const reply = await addComment(world.requester, {
    ticketId: ticket.id,
    body: "Alguma novidade?",
  });
  expect(reply.ok).toBe(true);
  await expandNotifications();
  return ticket;
}

const rowsOf = (ticketId: string) =>
  db.outboxMessage.findMany({ where: { ticketId }, orderBy: { toAddress: "asc" } });
const arrivedTo = () => smtp.messages.map((m) => recipientOf(m)).sort();

describe("recipients checked again when the mail is sent", () => {
  it("a follower removed after the mail was queued gets nothing; the others get theirs", async () => {
    const ticket = await replyQueued(world);
    const removed = await removeFollower(world.requester, {
      ticketId: ticket.id,
      userId: world.colleague.id,
    });
    expect(removed.ok).toBe(true);

    const report = await deliverOutbox({ transport });
    expect(report).toMatchObject({ dropped: 2, failed: 0 }); // the creation mail and the reply
    expect(arrivedTo()).not.toContain(COLLEAGUE);
    expect(arrivedTo()).toContain(REQUESTER);
    const dropped = (await rowsOf(ticket.id)).filter((r) => r.toAddress === COLLEAGUE);
    expect(dropped).toHaveLength(2);
    for (const row of dropped) {
      expect(row).toMatchObject({
        state: "DROPPED",
        dropReason: "O destinatário não acompanha mais a solicitação.",
        leaseOwner: null,
        acceptedAt: null,
      });
    }
  });

  it("a follower moved to another organization, and a deactivated user, get nothing", async () => {
    const ticket = await replyQueued(world);
    const other = await db.organization.findFirstOrThrow({
      where: { id: { not: world.colleague.organizationId! } },
    });
    await db.user.update({ where: { id: world.colleague.id }, data: { organizationId: other.id } });
    await db.user.update({ where: { id: world.agent.id }, data: { active: false } });
    try {
      await deliverOutbox({ transport });
      const reasons = Object.fromEntries(
        (await rowsOf(ticket.id)).map((r) => [r.toAddress, [r.state, r.dropReason]]),
      );
      expect(reasons[COLLEAGUE]).toEqual([
        "DROPPED",
        "O destinatário mudou de organização e não vê mais a solicitação.",
      ]);
      expect(reasons[AGENT]).toEqual(["DROPPED", "O destinatário foi desativado."]);
      expect(reasons[REQUESTER]).toEqual(["SENT", null]);
      expect(arrivedTo()).toEqual([REQUESTER]);
    } finally {
      await db.user.update({
        where: { id: world.colleague.id },
        data: { organizationId: world.colleague.organizationId },
      });
    }
  });

  it("an analyst taken out of the ticket's group no longer sees it and gets nothing", async () => {
    const ticket = await replyQueued(world);
    await db.groupMember.deleteMany({ where: { userId: world.agent.id, groupId: world.n1.id } });
    try {
      await deliverOutbox({ transport });
      const rows = (await rowsOf(ticket.id)).filter((r) => r.toAddress === AGENT);
      expect(rows.map((r) => [r.state, r.dropReason])).toEqual([
        ["DROPPED", "O destinatário não pode mais ver a solicitação."],
        ["DROPPED", "O destinatário não pode mais ver a solicitação."],
      ]);
      expect(arrivedTo()).not.toContain(AGENT);
    } finally {
      await db.groupMember.create({ data: { userId: world.agent.id, groupId: world.n1.id } });
    }
  });

  it("a password link goes only to a user still active when it is sent", async () => {
    for (const email of [REQUESTER, COLLEAGUE]) {
      expect((await requestPasswordReset({ email, address: "10.0.0.1" })).ok).toBe(true);
    }
    await db.user.update({ where: { id: world.colleague.id }, data: { active: false } });
    expect(await deliverOutbox({ transport })).toMatchObject({ sent: 1, dropped: 1 });
    expect(arrivedTo()).toEqual([REQUESTER]);
    const dropped = await db.outboxMessage.findFirstOrThrow({
      where: { kind: "account.password_link", toAddress: COLLEAGUE },
    });
    // Dropped like sent: the link is not kept.
    expect(dropped).toMatchObject({ state: "DROPPED", text: "", html: "" });
    expect(dropped.dropReason).toBe("O destinatário foi desativado.");
  });
});
