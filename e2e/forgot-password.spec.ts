import { expect, test } from "@playwright/test";
import { recipientOf, startSmtpCatcher } from "../tests/support/smtp";
import { SMTP_PORT } from "../playwright.config";
import { DEMO_PASSWORD } from "../prisma/demo-data";
import { e2eDatabaseUrl, signIn } from "./helpers";

let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
test.beforeAll(async () => {
  smtp = await startSmtpCatcher(SMTP_PORT);
});
test.afterAll(() => smtp.stop());

test("forgotten password: the e-mailed link sets a new password that signs in", async ({
  page,
}) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Esqueci minha senha" }).click();
  await expect(page.getByRole("heading", { name: "Esqueci minha senha" })).toBeVisible();
  await page.getByLabel("E-mail").fill("requerente@estado.example");
  await page.getByRole("button", { name: "Enviar link" }).click();
  await expect(page.getByRole("status")).toContainText("Se este e-mail estiver cadastrado");

  const mail = await smtp.waitFor((m) => recipientOf(m) === "requerente@estado.example");
  expect(mail.subject).toBe("Definição de senha – Portal de Atendimento");
  const link = /https?:\/\/\S+\/redefinir-senha\?token=[\w-]+/.exec(mail.text ?? "")?.[0];
  expect(link).toBeTruthy();
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await page.getByLabel("Nova senha", { exact: true }).fill("98765432100");
  await page.getByLabel("Confirme a nova senha").fill("98765432100");
  await page.getByRole("button", { name: "Definir senha" }).click();
  await expect(page.getByText("A senha não pode ser o seu CPF.")).toBeVisible();

  await page.getByLabel("Nova senha", { exact: true }).fill("Nova@Senha2026");
  await page.getByLabel("Confirme a nova senha").fill("Nova@Senha2026");
  await page.getByRole("button", { name: "Definir senha" }).click();
  await expect(page.getByRole("status")).toContainText("Senha definida");

  await signIn(page, "987.654.321-00", "Nova@Senha2026");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Página Inicial" })).toBeVisible();
  await restoreDemoPassword("98765432100");
});

/** Other specs sign in with the demo password. */
async function restoreDemoPassword(cpf: string) {
  const { createPrismaClient } = await import("../lib/db/client");
  const { hashPassword } = await import("../lib/auth/password");
  const db = createPrismaClient(e2eDatabaseUrl());
  await db.user.update({
    where: { cpf },
    data: { passwordHash: await hashPassword(DEMO_PASSWORD) },
  });
  await db.$disconnect();
}

test("an unknown e-mail gets the same answer", async ({ page }) => {
  await page.goto("/esqueci-senha?primeiro=1");
  await expect(page.getByRole("heading", { name: "Primeiro acesso" })).toBeVisible();
  await page.getByLabel("E-mail").fill("ninguem@example.gov.br");
  await page.getByRole("button", { name: "Enviar link" }).click();
  await expect(page.getByRole("status")).toContainText("Se este e-mail estiver cadastrado");
});
