import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("the home page asks to sign in, then loads in Portuguese with the top bar", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2F/);
  await signIn(page, "529.982.247-25");

  await expect(page).toHaveTitle("Portal de Atendimento");
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  await expect(page.getByRole("heading", { name: "Página Inicial" })).toBeVisible();

  const nav = page.getByRole("navigation", { name: "Principal" });
  await expect(nav.getByRole("link", { name: "Base de Conhecimento" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Catálogo" })).toBeVisible();
  const requests = nav.getByRole("button", { name: "Solicitações" });
  await expect(nav.getByRole("link", { name: "Ver minhas solicitações" })).toBeHidden();
  await requests.click();
  await expect(requests).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Ver minhas solicitações" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Ver meus acompanhamentos" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(nav.getByRole("link", { name: "Ver minhas solicitações" })).toBeHidden();
  await expect(requests).toBeFocused();
  await expect(page.getByRole("searchbox", { name: "Pesquisar" })).toBeVisible();
});

test("the health route reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
});
