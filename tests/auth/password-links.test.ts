import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { issueSetPasswordLink } from "@/lib/auth/password-links";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { fixedClock } from "@/lib/clock";
import { seedDemoData } from "@/prisma/seed";
import { mailWorker } from "../support/mail";
import { startSmtpCatcher } from "../support/smtp";

let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let worker: ReturnType<typeof mailWorker>;
const now = new Date("2026-11-23T12:00:00Z");
const HOUR = 60 * 60_000;
const tokenOf = (link: string) => new URL(link).hash.slice(1);

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  worker = mailWorker(smtp.url);
  await seedDemoData(db);
});
afterAll(async () => {
  worker.close();
  await smtp.stop();
});

describe("issueSetPasswordLink", () => {
  it("e-mails a 48-hour “Definir senha” link, returns it, and voids older links", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { cpf: "39053344705" } });
    await requestPasswordReset({ email: user.email, address: "t" }, fixedClock(now));
    const older = await db.passwordResetToken.findFirstOrThrow({
      where: { userId: user.id, usedAt: null },
    });

    const { link } = await issueSetPasswordLink(user.id, fixedClock(now));
    expect(link).toMatch(/\/definir-senha#[\w-]{43}$/);
    expect(
      await db.passwordResetToken.findUniqueOrThrow({ where: { id: older.id } }),
    ).toMatchObject({ usedAt: now });
    const stored = await db.passwordResetToken.findFirstOrThrow({
      where: { userId: user.id, usedAt: null },
    });
    expect(stored).toMatchObject({
      purpose: "SET",
      expiresAt: new Date(now.getTime() + 48 * HOUR),
    });
    expect(stored.tokenHash).not.toContain(tokenOf(link));

    await worker.run(now);
    const mail = smtp.messages.find((m) => m.text?.includes(link));
    expect(mail?.text).toContain("vale por 48 horas");

    const at = (ms: number) => fixedClock(new Date(now.getTime() + ms));
    const token = tokenOf(link);
    expect(await resetPassword({ token, password: "Definida@2026" }, at(48 * HOUR))).toMatchObject({
      error: "invalid",
    });
    expect(await resetPassword({ token, password: "Definida@2026" }, at(47 * HOUR))).toMatchObject({
      ok: true,
    });
  });
});
