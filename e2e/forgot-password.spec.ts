import { expect, test } from "@playwright/test";
import { startSmtpCatcher } from "../tests/support/smtp";
import { SMTP_PORT } from "../playwright.config";
import { passwordMailTo, restoreDemoPassword, signIn } from "./helpers";

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

  const mail = await smtp.waitFor(passwordMailTo("requerente@estado.example"));
  expect(mail.subject).toBe("Definição de senha – Portal de Atendimento");
  // The token rides in the fragment, which no server sees; the page takes it off the address bar.
  const link = /https?:\/\/\S+\/redefinir-senha#[\w-]+/.exec(mail.text ?? "")?.[0];
  expect(link).toBeTruthy();
  await page.goto(new URL(link!).pathname + new URL(link!).hash);
  await expect(page.getByRole("heading", { name: "Redefinir senha" })).toBeVisible();
  await expect(page).toHaveURL(/\/redefinir-senha$/);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
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

test("an unknown e-mail gets the same answer", async ({ page }) => {
  await page.goto("/esqueci-senha?primeiro=1");
  await expect(page.getByRole("heading", { name: "Primeiro acesso" })).toBeVisible();
  await page.getByLabel("E-mail").fill("ninguem@example.gov.br");
  await page.getByRole("button", { name: "Enviar link" }).click();
  await expect(page.getByRole("status")).toContainText("Se este e-mail estiver cadastrado");
});
