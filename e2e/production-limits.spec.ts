import { expect, test } from "@playwright/test";
import { maskCpf } from "../lib/auth/cpf";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db/client";
import { DEMO_PASSWORD } from "../prisma/demo-data";
import { e2eDatabaseUrl } from "./helpers";

const CPF = "840.379.160-70";

test("rotating X-Forwarded-For does not evade the sign-in limit", async ({ page }) => {
  // An account of its own, so that locking it holds back no other spec.
  const db = createPrismaClient(e2eDatabaseUrl());
  try {
    await db.user.create({
      data: {
        cpf: CPF.replace(/\D/g, ""),
        name: "Alvo de Força Bruta",
        email: "alvo-forca-bruta@prefeitura.example",
        passwordHash: await hashPassword(DEMO_PASSWORD),
      },
    });
  } finally {
    await db.$disconnect();
  }

  await page.goto("/login");
  const attempt = async (password: string, address: string) => {
    // Every attempt claims to come from somewhere else, as a botnet or a forger would.
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": address });
    await page.getByLabel("CPF").fill(CPF);
    await page.getByLabel("Senha").fill(password);
    const answered = page.waitForResponse((r) =>
      r.url().includes("/api/auth/callback/credentials"),
    );
    await page.getByRole("button", { name: "Entrar" }).click();
    await answered;
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toBeVisible();
  };
  for (let i = 1; i <= 6; i++) await attempt(`Errada@${i}x`, `198.51.100.${i}`);

  // The right password, from yet another claimed address, is still held back.
  await attempt(DEMO_PASSWORD, "203.0.113.77");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(/tentativas/);

  // The security log has the address of the connection, never one the client wrote.
  const log = createPrismaClient(e2eDatabaseUrl());
  try {
    const events = await log.securityEvent.findMany({
      where: { subject: maskCpf(CPF.replace(/\D/g, "")) },
    });
    expect(events.length).toBeGreaterThanOrEqual(6);
    for (const event of events) expect(event.address).toMatch(/^(127\.0\.0\.1|::1)$/);
  } finally {
    await log.$disconnect();
  }
});
