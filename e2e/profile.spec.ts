import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/demo-data";
import { signIn } from "./helpers";

test("the profile shows the masked CPF, saves the phone and changes the password", async ({
  page,
  browser,
}) => {
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, "111.444.777-35");
  await signIn(page, "111.444.777-35");
  await page.getByRole("button", { name: "Analista Demo" }).click();
  await page.getByRole("link", { name: "Perfil" }).click();
  await expect(page.getByRole("heading", { name: "Perfil" })).toBeVisible();
  await expect(page.getByText("***.444.777-**")).toBeVisible();

  await page.getByLabel("Telefone").fill("12");
  await page.getByRole("button", { name: "Salvar telefone" }).click();
  await expect(page.getByText("Informe um telefone com DDD")).toBeVisible();
  await page.getByLabel("Telefone").fill("(61) 3333-4444");
  await page.getByRole("button", { name: "Salvar telefone" }).click();
  await expect(page.getByText("Telefone salvo.")).toBeVisible();

  await page.getByLabel("Senha atual").fill("errada");
  await page.getByLabel("Nova senha", { exact: true }).fill("Outra@Senha2026");
  await page.getByLabel("Confirme a nova senha").fill("Outra@Senha2026");
  await page.getByRole("button", { name: "Alterar senha" }).click();
  await expect(page.getByText("Senha atual incorreta.")).toBeVisible();

  await page.getByLabel("Senha atual").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Alterar senha" }).click();
  await expect(page.getByText("Senha alterada.")).toBeVisible();
  // The other browser's session ended; this one is still signed in.
  await elsewhere.goto("/perfil");
  await expect(elsewhere).toHaveURL(/\/login/);
  await elsewhere.context().close();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Perfil" })).toBeVisible();
  // Back to the demo password for the other specs.
  await page.getByLabel("Senha atual").fill("Outra@Senha2026");
  await page.getByLabel("Nova senha", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel("Confirme a nova senha").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Alterar senha" }).click();
  await expect(page.getByText("Senha alterada.")).toBeVisible();
});
