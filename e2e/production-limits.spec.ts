import { expect, test } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { DEMO_PASSWORD } from "../prisma/demo-data";
import { e2eDatabaseUrl } from "./helpers";

const CPF = "714.602.380-01";

test("rotating X-Forwarded-For does not evade the sign-in limit", async ({ page }) => {
  // An account of its own, so that locking it holds back no other spec.
  const { createPrismaClient } = await import("../lib/db/client");
  const db = createPrismaClient(e2eDatabaseUrl());
  try {
    await db.user.create({
      data: {
        cpf: CPF.replace(/\D/g, ""),
        name: "Alvo de Força Bruta",
        email: "alvo@prefeitura.example",
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
});
