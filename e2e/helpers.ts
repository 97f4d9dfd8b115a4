import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/demo-data";

/** Signs in through the login form, as a person does. */
export async function signIn(page: Page, cpf: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("CPF").fill(cpf);
  await page.getByLabel("Senha").fill(password);
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
