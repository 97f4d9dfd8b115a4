import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { deliverOutbox } from "@/lib/notifications/delivery";
import { getOutboxMessage } from "@/lib/notifications/outbox-admin";
import { seal, unseal } from "@/lib/notifications/sealed-content";
import { smtpTransport } from "@/lib/notifications/smtp-transport";
import { demoWorld } from "../factories";
import { recipientOf, startSmtpCatcher } from "../support/smtp";

// A password link never sits in the database in clear: sealed in the outbox, opened only to be
// sent, erased once sent, and never handed to the admin page.

let admin: Awaited<ReturnType<typeof demoWorld>>["admin"];
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let transport: ReturnType<typeof smtpTransport>;
beforeAll(async () => {
  ({ admin } = await demoWorld());
  smtp = await startSmtpCatcher();
  transport = smtpTransport(smtp.url, "Portal <portal@localhost>");
});
afterAll(async () => {
  transport.close();
  await smtp.stop();
});
beforeEach(() => db.outboxMessage.deleteMany());

const REQUESTER = "requerente@prefeitura.example";
const COLLEAGUE = "acompanhante@prefeitura.example";
const linkRequested = async (email: string) => {
  expect((await requestPasswordReset({ email, address: "10.0.0.2" })).ok).toBe(true);
  return db.outboxMessage.findFirstOrThrow({ where: { toAddress: email } });
};

it("seals a password link in the outbox and sends it in clear, then erases it", async () => {
  const row = await linkRequested(REQUESTER);
  for (const stored of [row.text, row.html]) {
    expect(stored).toMatch(/^sealed:v1:/);
    expect(stored).not.toContain("redefinir-senha");
    expect(stored).not.toContain("Definição de senha");
  }
  expect(await getOutboxMessage(admin, row.id)).toMatchObject({
    ok: true,
    value: { sensitive: true, text: "", html: "" },
  });

  expect(await deliverOutbox({ transport })).toMatchObject({ sent: 1, failed: 0 });
  const mail = await smtp.waitFor((m) => m.messageId === row.messageId);
  expect(recipientOf(mail)).toBe(REQUESTER);
  expect(mail.text).toMatch(/\/redefinir-senha#[\w-]{20,}/);
  expect(mail.html).toContain("Definir senha");
  expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
    state: "SENT",
    text: "",
    html: "",
  });
});

it("refuses sealed content moved to another message, and fails such a row without sending it", async () => {
  const sealed = seal("segredo", "<a@portal>");
  expect(unseal(sealed, "<a@portal>")).toBe("segredo");
  expect(() => unseal(sealed, "<b@portal>")).toThrow();

  const first = await linkRequested(REQUESTER);
  const second = await linkRequested(COLLEAGUE);
  // A row given another row's sealed body (a tampered database) cannot open it.
  await db.outboxMessage.update({
    where: { id: second.id },
    data: { text: first.text, html: first.html },
  });
  const before = smtp.messages.length;
  await db.outboxMessage.update({ where: { id: first.id }, data: { state: "FAILED" } });
  expect(await deliverOutbox({ transport })).toMatchObject({ sent: 0, failed: 1 });
  expect(smtp.messages.length).toBe(before);
  expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
    state: "FAILED",
    text: "",
    html: "",
    lastError: expect.stringContaining("AUTH_SECRET"),
  });
});
