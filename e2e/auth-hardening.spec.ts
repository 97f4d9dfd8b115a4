import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { startSmtpCatcher } from "../tests/support/smtp";
import { SMTP_PORT } from "../playwright.config";
import { DEMO_PASSWORD } from "../prisma/demo-data";
import { passwordMailTo, restoreDemoPassword, signIn } from "./helpers";

let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
test.beforeAll(async () => {
  smtp = await startSmtpCatcher(SMTP_PORT);
});
test.afterAll(() => smtp.stop());

/** A second browser holding a copy of `from`'s cookies, as a thief of the cookie would. */
async function copyOf(browser: Browser, from: BrowserContext) {
  const context = await browser.newContext();
  await context.addCookies(await from.cookies());
  return context;
}

test("a session cookie copied before “Logout” is refused after it", async ({ page, browser }) => {
  await signIn(page, "390.533.447-05");
  const thief = await (await copyOf(browser, page.context())).newPage();
  await thief.goto("/perfil");
  await expect(thief.getByRole("heading", { name: "Perfil" })).toBeVisible(); // the copy works…

  await page.getByRole("button", { name: "Acompanhante Demo" }).click();
  await page.getByRole("button", { name: "Logout" }).click();
  await expect(page).toHaveURL(/\/login/);

  await thief.goto("/perfil"); // …until the owner signs out
  await expect(thief).toHaveURL(/\/login/);
  await expect(thief.getByRole("heading", { name: "Entrar" })).toBeVisible();
  await thief.context().close();
});

test("“Sair de todos os dispositivos” signs out this browser and the others", async ({
  page,
  browser,
}) => {
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "987.654.321-00");
  await signIn(page, "987.654.321-00");
  await page.goto("/perfil");
  await page.getByRole("button", { name: "Sair de todos os dispositivos" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/perfil");
  await expect(page).toHaveURL(/\/login/);
  await other.goto("/perfil");
  await expect(other).toHaveURL(/\/login/);
  await other.context().close();
});

test("a malformed or foreign callbackUrl shows the login page with a message", async ({ page }) => {
  for (const query of [
    "callbackUrl=https%3A%2F%2Fevil.example%2F",
    "callbackUrl=%2F%2Fevil.example",
    "callbackUrl=%E0%A4%A",
    "callbackUrl=%2Fperfil&callbackUrl=%2Fadmin",
  ]) {
    const response = await page.goto(`/login?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole("heading", { name: "Entrar" })).toBeVisible();
    await expect(
      page.getByText("O endereço de retorno não é válido; você será levado à página inicial."),
    ).toBeVisible();
  }
  await page.getByLabel("CPF").fill("987.654.321-00");
  await page.getByLabel("Senha").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
});

test("“Definir senha” opened without its token says the link is incomplete", async ({ page }) => {
  await page.goto("/definir-senha");
  await expect(page.getByRole("heading", { name: "Definir senha" })).toBeVisible();
  await page.getByLabel("Nova senha", { exact: true }).fill("Qualquer@2026");
  await page.getByLabel("Confirme a nova senha").fill("Qualquer@2026");
  await page.getByRole("button", { name: "Definir senha" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Este link está incompleto." }),
  ).toBeVisible();
});

test("of five simultaneous uses of one reset link, exactly one sets the password", async ({
  page,
  browser,
}) => {
  await page.goto("/esqueci-senha");
  await page.getByLabel("E-mail").fill("acompanhante@prefeitura.example");
  await page.getByRole("button", { name: "Enviar link" }).click();
  await expect(page.getByRole("status")).toContainText("Se este e-mail estiver cadastrado");
  const mail = await smtp.waitFor(passwordMailTo("acompanhante@prefeitura.example"));
  const link = /https?:\/\/\S+\/redefinir-senha#[\w-]+/.exec(mail.text ?? "")?.[0];
  expect(link).toBeTruthy();
  const { pathname, hash } = new URL(link!);

  const context = await browser.newContext();
  const tabs = await Promise.all(Array.from({ length: 5 }, () => context.newPage()));
  for (const tab of tabs) {
    await tab.goto(pathname + hash);
    await expect(tab.getByRole("heading", { name: "Redefinir senha" })).toBeVisible();
    await expect(tab).toHaveURL(/\/redefinir-senha$/); // the token is off the address bar
    await tab.getByLabel("Nova senha", { exact: true }).fill("Paralela@2026");
    await tab.getByLabel("Confirme a nova senha").fill("Paralela@2026");
  }
  await Promise.all(tabs.map((tab) => tab.getByRole("button", { name: "Definir senha" }).click()));
  const outcomes = await Promise.all(
    tabs.map(async (tab) => {
      const done = tab.getByRole("status").filter({ hasText: "Senha definida" });
      const refused = tab.getByRole("alert").filter({ hasText: "Este link não é mais válido" });
      await expect(done.or(refused)).toBeVisible();
      return (await done.isVisible()) ? "done" : "refused";
    }),
  );
  expect(outcomes.filter((o) => o === "done")).toHaveLength(1);
  expect(outcomes.filter((o) => o === "refused")).toHaveLength(4);
  await context.close();

  await signIn(page, "390.533.447-05", "Paralela@2026");
  await restoreDemoPassword("39053344705");
});
