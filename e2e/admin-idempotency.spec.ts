import { expect, test, type Page } from "@playwright/test";
import { signIn, today } from "./helpers";

// A double click or a retried request sends a form twice; its request key makes the portal
// create one record, not two. Announcements have nothing unique in them, so without the key
// the second request would add a second one.

const ADMIN = "123.456.789-09";

/**
 * Sends every form post of `path` to the server twice, as a network retry whose first answer
 * was lost would; the browser gets the second answer. Returns how many posts reached the server.
 */
async function retryEachPost(page: Page, path: string) {
  const sent = { count: 0 };
  await page.route(`**${path}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    await route.fetch();
    sent.count++;
    const retried = await route.fetch();
    sent.count++;
    await route.fulfill({ response: retried });
  });
  return sent;
}

test("a double-clicked, retried Salvar comunicado creates one announcement", async ({ page }) => {
  await signIn(page, ADMIN);
  const sent = await retryEachPost(page, "/admin/comunicados");
  await page.goto("/admin/comunicados");
  const editor = page.getByRole("form", { name: "Novo comunicado" });
  await editor.getByLabel("Título").fill("Aviso do clique duplo");
  await editor.getByLabel("Texto").fill("Enviado duas vezes, salvo uma.");
  await editor.getByLabel("Início").fill(today());
  await editor.getByRole("button", { name: "Salvar comunicado" }).dblclick();

  const list = page.getByRole("region", { name: "Comunicados" });
  await expect(list.getByText("Aviso do clique duplo")).toHaveCount(1);
  expect(sent.count).toBeGreaterThanOrEqual(2);
  // After a reload too: the list is what the database holds once every request is answered.
  await page.unrouteAll({ behavior: "wait" });
  await page.reload();
  await expect(list.getByText("Aviso do clique duplo")).toHaveCount(1);
});

test("double-clicking Salvar usuário opens the one user it created", async ({ page }) => {
  await signIn(page, ADMIN);
  const sent = await retryEachPost(page, "/admin/usuarios/novo");
  await page.goto("/admin/usuarios/novo");
  await page.getByLabel("CPF").fill("714.602.380-01");
  await page.getByLabel("Nome").fill("Usuária Clique Duplo");
  await page.getByLabel("E-mail").fill("clique.duplo@prefeitura.example");
  await page.getByLabel("Papel").selectOption({ label: "Analista" });
  await page.getByRole("button", { name: "Salvar usuário" }).dblclick();
  // The retry gets the first answer back, not "Já existe um usuário com este CPF.".
  await expect(page.getByRole("heading", { name: "Usuária Clique Duplo" })).toBeVisible();
  expect(sent.count).toBeGreaterThanOrEqual(2);

  await page.goto("/admin/usuarios?busca=Clique+Duplo");
  await expect(page.getByRole("row").filter({ hasText: "Usuária Clique Duplo" })).toHaveCount(1);
});
