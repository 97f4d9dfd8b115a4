import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bindAddress, bindAddressInput, unbindAddress } from "@/lib/inbound/addresses";
import { getInbound, listInbound, reprocessInbound } from "@/lib/inbound/admin";
import { readMailbox } from "@/lib/inbound/reader";
import { settledFor } from "@/lib/refusal";
import { startThrowawayDovecot, type ThrowawayDovecot } from "../../scripts/throwaway-dovecot";
import { at, demoWorld, openGerid, type World } from "../factories";
import { composeMail, deliver, freshMailbox } from "../support/imap";

// "E-mails recebidos" for the admin: the list says what became of each mail, one mail shows its
// text, and after a fix (here: the address bound to an item) it is processed again, audited.

let imap: ThrowawayDovecot;
let world: World;
beforeAll(async () => {
  imap = await startThrowawayDovecot();
  world = await demoWorld();
});
afterAll(() => imap?.stop());

const bindInput = (address: string, itemId: string) => bindAddressInput.parse({ address, itemId });

it("lists a refused mail, shows it, and processes it again once its address is bound", async () => {
  const item = await db.catalogItem.create({
    data: {
      title: "Chamado por e-mail",
      slug: "chamado-por-email",
      categoryId: world.gerid.categoryId,
      groupId: world.n1.id,
    },
  });
  const { email } = await db.user.findUniqueOrThrow({ where: { id: world.requester.id } });
  const mailbox = freshMailbox(imap.urlOf);
  await deliver(
    mailbox,
    composeMail({
      from: email,
      to: "ti@prefeitura.test",
      subject: "Sem rede",
      text: "Caiu a rede.",
    }),
  );
  await readMailbox(mailbox, { clock: at("2026-11-02T14:00:00Z") });

  const list = await listInbound(world.admin, { pagina: 1, estado: "REFUSED" });
  expect(list.ok && list.value.rows.map((r) => r.subject)).toEqual(["Sem rede"]);
  const id = list.ok ? list.value.rows[0]!.id : "";
  const shown = await getInbound(world.admin, id);
  expect(shown.ok && shown.value).toMatchObject({
    text: "Caiu a rede.\n",
    reprocessable: true,
  });

  // Nothing to re-run it for yet: it is refused again.
  expect(await reprocessInbound(world.admin, id)).toEqual({
    ok: true,
    value: { state: "REFUSED" },
  });
  expect((await bindAddress(world.admin, bindInput("TI@Prefeitura.test", item.id))).ok).toBe(true);
  expect(await reprocessInbound(world.admin, id)).toEqual({ ok: true, value: { state: "TICKET" } });
  const row = await db.inboundEmail.findUniqueOrThrow({ where: { id } });
  const ticket = await db.ticket.findUniqueOrThrow({ where: { id: row.ticketId! } });
  expect(ticket).toMatchObject({ itemId: item.id, description: "Sem rede\n\nCaiu a rede." });
  // A ticket is never opened twice: it cannot be processed again.
  expect(await reprocessInbound(world.admin, id)).toMatchObject({ ok: false, error: "invalid" });

  const audited = await db.auditLog.findMany({
    where: { action: { in: ["inbound.bind", "inbound.reprocess"] } },
    orderBy: { createdAt: "asc" },
  });
  expect(audited.map((a) => a.action)).toEqual([
    "inbound.reprocess",
    "inbound.bind",
    "inbound.reprocess",
  ]);
});

it("refuses bad and duplicate addresses, and everyone but admins", async () => {
  expect(bindAddressInput.safeParse({ address: "ti\r\n@x", itemId: "a" }).success).toBe(false);
  expect(bindAddressInput.safeParse({ address: "+ti tag", itemId: "a" }).success).toBe(false);
  const first = await bindAddress(world.admin, bindInput("+compras", world.portal.id));
  expect(first.ok).toBe(true);
  expect(await bindAddress(world.admin, bindInput("+compras", world.gerid.id))).toMatchObject({
    ok: false,
    fieldErrors: { address: "Este endereço já abre solicitações de outro item." },
  });
  expect(
    await settledFor(world.agent, bindAddress(world.agent, bindInput("+x", world.gerid.id))),
  ).toMatchObject({
    ok: false,
    error: "forbidden",
  });
  expect((await listInbound(world.requester, { pagina: 1 })).ok).toBe(false);
  const id = first.ok ? first.value.id : "";
  expect(await settledFor(world.agent, unbindAddress(world.agent, id))).toMatchObject({
    ok: false,
  });
  expect(await unbindAddress(world.admin, id)).toEqual({ ok: true, value: null });
  expect(await db.inboundAddress.count({ where: { address: "+compras" } })).toBe(0);
});

it("tries a mail again after a failure of ours, and the admin may finish a stuck one", async () => {
  const ticket = await openGerid(world);
  const { email } = await db.user.findUniqueOrThrow({ where: { id: world.requester.id } });
  const mailbox = freshMailbox(imap.urlOf);
  await deliver(
    mailbox,
    composeMail({ from: email, subject: `Re: [${ticket.number}]`, text: "Oi" }),
  );
  const broken = async () => {
    throw new Error("disco cheio");
  };
  const report = await readMailbox(mailbox, { clock: at("2026-11-02T14:00:00Z"), process: broken });
  expect(report).toMatchObject({ processed: 0, failed: 1, moved: 0 });
  const row = await db.inboundEmail.findFirstOrThrow({
    where: { subject: `Re: [${ticket.number}]` },
  });
  expect(row).toMatchObject({ state: "PROCESSING", reason: "Erro ao processar: disco cheio" });
  // Waiting for its next try: not the admin's yet.
  expect(await reprocessInbound(world.admin, row.id, at("2026-11-02T14:00:30Z"))).toMatchObject({
    ok: false,
  });
  expect(await reprocessInbound(world.admin, row.id, at("2026-11-02T15:00:00Z"))).toEqual({
    ok: true,
    value: { state: "MESSAGE" },
  });
  expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "COMMENT" } })).toBe(1);
  // The finished mail still in the inbox is moved by the next reader, not processed again.
  expect(await readMailbox(mailbox, { clock: at("2026-11-02T16:00:00Z") })).toMatchObject({
    processed: 0,
    moved: 1,
  });
  expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "COMMENT" } })).toBe(1);
});
