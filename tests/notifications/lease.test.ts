import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverOutbox } from "@/lib/notifications/delivery";
import { renderMail } from "@/lib/notifications/layout";
import { LEASE_MS } from "@/lib/notifications/lease";
import { queueEmails } from "@/lib/notifications/outbox";
import { smtpTransport } from "@/lib/notifications/smtp-transport";
import { startSmtpCatcher } from "../support/smtp";

// What shrinks the at-least-once window: each mail carries its row's Message-ID, its acceptance
// is recorded at once, and a worker held by a slow server keeps its lease.

let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let transport: ReturnType<typeof smtpTransport>;
beforeAll(async () => {
  smtp = await startSmtpCatcher();
  transport = smtpTransport(smtp.url, "Portal <portal@localhost>");
});
afterAll(async () => {
  transport.close();
  await smtp.stop();
});

const T0 = new Date("2026-11-25T12:00:00Z");

async function queueOne(address: string) {
  await db.$transaction((tx) =>
    queueEmails(
      tx,
      [
        {
          kind: "test",
          to: { address, name: "Pessoa" },
          subject: "Teste",
          body: renderMail({ preheader: "T", heading: "Teste", paragraphs: ["Olá."], footer: "." }),
        },
      ],
      T0,
    ),
  );
  return db.outboxMessage.findFirstOrThrow({ where: { toAddress: address } });
}

it("sends the row's Message-ID as the header and records the acceptance with the state", async () => {
  const row = await queueOne("cabecalho@example.gov.br");
  const clock = () => new Date(T0.getTime() + 5_000);
  expect(await deliverOutbox({ transport, clock })).toMatchObject({ sent: 1 });
  const mail = await smtp.waitFor((m) => m.messageId === row.messageId);
  expect(mail.headers.get("message-id")).toBe(row.messageId);
  expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
    state: "SENT",
    acceptedAt: clock(),
    sentAt: clock(),
    leaseOwner: null,
    serverResponse: expect.stringMatching(/^250/),
  });
});

it("renews the lease while a slow server holds the message, so no other worker sends it again", async () => {
  const row = await queueOne("lento@example.gov.br");
  let now = T0;
  const clock = () => now;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const arrived = new Promise<void>((resolve) => {
    smtp.control.beforeAccept = async () => {
      resolve();
      await held;
      return undefined;
    };
  });
  const slow = deliverOutbox({ transport, clock, heartbeatMs: 50 });
  await arrived;

  // Past the end of the lease taken at T0: without renewals the row would be due again.
  now = new Date(T0.getTime() + 2 * LEASE_MS);
  await expect
    .poll(
      async () =>
        (await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).nextAttemptAt,
    )
    .toEqual(new Date(now.getTime() + LEASE_MS));
  const other = await deliverOutbox({ transport, clock });
  expect(other).toEqual({ sent: 0, retrying: 0, failed: 0, dropped: 0 });

  release();
  expect(await slow).toMatchObject({ sent: 1 });
  smtp.control.beforeAccept = async () => undefined;
  expect(smtp.messages.filter((m) => m.messageId === row.messageId)).toHaveLength(1);
});
