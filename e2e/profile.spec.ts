import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/demo-data";
import { signIn } from "./helpers";

/** Analista Demo on "Perfil", reached from their menu. */
async function profileOfAnalyst(page: Page) {
  await signIn(page, "111.444.777-35");
  await page.getByRole("button", { name: "Analista Demo" }).click();
  await page.getByRole("link", { name: "Perfil" }).click();
  await expect(page.getByRole("heading", { name: "Perfil" })).toBeVisible();
}

/** Fills and sends "Alterar senha". */
async function changePassword(page: Page, current: string, next: string) {
  await page.getByLabel("Senha atual").fill(current);
  await page.getByLabel("Nova senha", { exact: true }).fill(next);
  await page.getByLabel("Confirme a nova senha").fill(next);
  await page.getByRole("button", { name: "Alterar senha" }).click();
}

test("the profile shows the masked CPF and saves the phone", async ({ page }) => {
  await profileOfAnalyst(page);
  await expect(page.getByText("***.444.777-**")).toBeVisible();

  await page.getByLabel("Telefone").fill("12");
  await page.getByRole("button", { name: "Salvar telefone" }).click();
  await expect(page.getByText("Informe um telefone com DDD")).toBeVisible();
  await page.getByLabel("Telefone").fill("(61) 3333-4444");
  await page.getByRole("button", { name: "Salvar telefone" }).click();
  await expect(page.getByText("Telefone salvo.")).toBeVisible();
});

test("changing the password needs the current one and ends the other sessions", async ({
  page,
  browser,
}) => {
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, "111.444.777-35");
  await profileOfAnalyst(page);

  await changePassword(page, "errada", "Outra@Senha2026");
  await expect(page.getByText("Senha atual incorreta.")).toBeVisible();
  await changePassword(page, DEMO_PASSWORD, "Outra@Senha2026");
  await expect(page.getByText("Senha alterada.")).toBeVisible();
  // The other browser's session ended; this one is still signed in.
  await elsewhere.goto("/perfil");
  await expect(elsewhere).toHaveURL(/\/login/);
  await elsewhere.context().close();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Perfil" })).toBeVisible();
  // Back to the demo password for the other specs.
  await changePassword(page, "Outra@Senha2026", DEMO_PASSWORD);
  await expect(page.getByText("Senha alterada.")).toBeVisible();
});
