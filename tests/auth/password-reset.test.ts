import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import {
  RESET_REQUESTED,
  requestPasswordReset,
  resetPassword,
  setPassword,
} from "@/lib/auth/password-reset";
import { fixedClock } from "@/lib/clock";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { seedDemoData } from "@/prisma/seed";
import { startSmtpCatcher } from "../support/smtp";
import { mailWorker } from "../support/mail";

let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let worker: ReturnType<typeof mailWorker>;
let now: Date;
/** Asks for a link, and lets the mail worker deliver what that queued. */
async function request(email: string, address = "203.0.113.10") {
  const answer = await requestPasswordReset({ email, address }, fixedClock(now));
  await worker.run(now);
  return answer;
}
const reset = (token: string, password: string, at = now) =>
  resetPassword({ token, password }, fixedClock(at));

async function linkToken(): Promise<string> {
  const mail = smtp.messages.at(-1)!;
  const token = /redefinir-senha#([\w-]+)/.exec(mail.text ?? "")?.[1];
  if (!token) throw new Error(`no link in: ${mail.text}`);
  return token;
}

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  worker = mailWorker(smtp.url);
  await seedDemoData(db);
});
afterAll(async () => {
  worker.close();
  await smtp.stop();
});
beforeEach(async () => {
  await db.authThrottle.deleteMany();
  await db.securityEvent.deleteMany();
  now = new Date("2026-11-23T12:00:00Z");
});

describe("password reset", () => {
  it("e-mails a link whose token sets a new password once, ending the old sessions", async () => {
    const before = await db.user.findUniqueOrThrow({
      where: { email: "requerente@prefeitura.example" },
    });
    const session = await db.userSession.create({
      data: { userId: before.id, expiresAt: new Date(now.getTime() + 60_000) },
    });
    expect(await request("  Requerente@Prefeitura.example ")).toEqual({
      ok: true,
      value: { message: RESET_REQUESTED },
    });
    const mail = smtp.messages.at(-1)!;
    expect(mail.to).toMatchObject({ value: [{ address: "requerente@prefeitura.example" }] });
    expect(mail.subject).toBe("Definição de senha – Portal de Atendimento");
    expect(mail.text).toContain("vale por 1 hora");
    // In the fragment, which browsers never send: not in a query string that servers log.
    expect(mail.text).not.toContain("token=");
    const token = await linkToken();
    const stored = await db.passwordResetToken.findFirstOrThrow({ where: { userId: before.id } });
    expect(stored).toMatchObject({ purpose: "RESET" });
    expect(stored.tokenHash).not.toContain(token); // only a hash is kept

    expect(await reset(token, "Nova@Senha2026")).toMatchObject({ ok: true });
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      endedAt: now,
    });
    expect(
      await authenticate({ cpf: before.cpf, password: "Nova@Senha2026", address: "x" }),
    ).toMatchObject({ ok: true });
    expect(
      await authenticate({ cpf: before.cpf, password: DEMO_PASSWORD, address: "x" }),
    ).toMatchObject({ ok: false });

    expect(await reset(token, "Outra@Senha2026")).toMatchObject({ ok: false, error: "invalid" });
    await setPassword(before.id, DEMO_PASSWORD, now);
  });

  it("lets exactly one of many simultaneous uses of a link through", async () => {
    await request("requerente@prefeitura.example");
    const token = await linkToken();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => reset(token, `Paralela@${i}Senha`)),
    );
    const winners = answers.flatMap((answer, i) => (answer.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    expect(answers.filter((a) => !a.ok && a.error === "invalid")).toHaveLength(9);
    // The password stored is the winner's, not a later loser's.
    expect(
      await authenticate({
        cpf: "52998224725",
        password: `Paralela@${winners[0]}Senha`,
        address: "y",
      }),
    ).toMatchObject({ ok: true });
    await setPassword(
      (await db.user.findUniqueOrThrow({ where: { cpf: "52998224725" } })).id,
      DEMO_PASSWORD,
      now,
    );
  });

  it("answers the same for unknown e-mails after the same work, and sends nothing", async () => {
    const count = smtp.messages.length;
    expect(await request("ninguem@example.gov.br")).toEqual({
      ok: true,
      value: { message: RESET_REQUESTED },
    });
    expect(smtp.messages.length).toBe(count);
    expect(await db.outboxMessage.count({ where: { toAddress: "ninguem@example.gov.br" } })).toBe(
      0,
    );
    // The allowance is spent for unknown e-mails too (keyed by the e-mail's hash, not its text).
    const allowances = await db.authThrottle.findMany({
      where: { key: { startsWith: "reset-email:" } },
    });
    expect(allowances).toHaveLength(1);
    expect(allowances[0]!.key).not.toContain("ninguem");
  });

  it("keeps the link out of the outbox once it has been delivered", async () => {
    await request("relacionamento@suporte.example");
    await linkToken();
    const row = await db.outboxMessage.findFirstOrThrow({
      where: { toAddress: "relacionamento@suporte.example" },
    });
    expect(row).toMatchObject({ state: "SENT", sensitive: true, text: "", html: "" });
  });

  it("refuses an expired token, an older token after a newer one, and tokens after a password change", async () => {
    await request("acompanhante@prefeitura.example");
    const first = await linkToken();
    await request("acompanhante@prefeitura.example");
    const second = await linkToken();
    expect(await reset(first, "Nova@Senha2026")).toMatchObject({ error: "invalid" });

    const later = new Date(now.getTime() + 61 * 60_000);
    expect(await reset(second, "Nova@Senha2026", later)).toMatchObject({ error: "invalid" });
    expect(await reset(second, "Nova@Senha2026")).toMatchObject({ ok: true }); // it was only expired
    await setPassword(
      (await db.user.findUniqueOrThrow({ where: { email: "acompanhante@prefeitura.example" } })).id,
      DEMO_PASSWORD,
      now,
    );

    await request("acompanhante@prefeitura.example");
    const third = await linkToken();
    const user = await db.user.findUniqueOrThrow({
      where: { email: "acompanhante@prefeitura.example" },
    });
    await setPassword(user.id, "Trocada@2026", now); // e.g. changed on the profile page
    expect(await reset(third, "Nova@Senha2026")).toMatchObject({ error: "invalid" });
    await setPassword(user.id, DEMO_PASSWORD, now);
  });

  it("applies the password policy with a clear message", async () => {
    await request("requerente@estado.example");
    const token = await linkToken();
    expect(await reset(token, "98765432100")).toMatchObject({
      error: "invalid",
      fieldErrors: { password: "A senha não pode ser o seu CPF." },
    });
    expect(await reset(token, "Valida@2026")).toMatchObject({ ok: true });
  });

  it("limits requests per e-mail and per address, quietly, into the security log", async () => {
    for (let i = 0; i < 3; i++) {
      await request("analista@suporte.example");
      await linkToken();
    }
    const count = smtp.messages.length;
    expect(await request("analista@suporte.example")).toEqual({
      ok: true,
      value: { message: RESET_REQUESTED },
    });
    expect(smtp.messages.length).toBe(count);
    for (let i = 0; i < 7; i++) await request(`outro${i}@example.gov.br`, "203.0.113.10");
    const events = await db.securityEvent.findMany({
      where: { kind: "reset.throttled" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.subject, e.address])).toEqual([
      ["a***@suporte.example", "203.0.113.10"], // the 4th link for one e-mail
      ["o***@example.gov.br", "203.0.113.10"], // the 11th request from one address
    ]);
  });

  it("refuses a malformed e-mail next to the field", async () => {
    expect(await request("não é e-mail")).toMatchObject({
      error: "invalid",
      fieldErrors: { email: "Informe um e-mail válido." },
    });
  });
});
