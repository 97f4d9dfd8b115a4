import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// A double click on "Salvar" sends the form twice; its request key makes the portal create one
// record, not two.

const ADMIN = "123.456.789-09";

test("double-clicking Salvar organização creates one organization", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/organizacoes");
  const editor = page.getByRole("form", { name: "Nova organização" });
  await editor.getByLabel("Nome").fill("Estado do Acre (duplo clique)");
  await editor.getByLabel("Tipo").selectOption({ label: "Estado" });
  await editor.getByLabel("Código IBGE").fill("12");
  await editor.getByRole("button", { name: "Salvar organização" }).dblclick();

  const list = page.getByRole("list", { name: "Organizações" });
  await expect(list.getByText("Estado do Acre (duplo clique)")).toHaveCount(1);
  // After a reload too: the list is what the database holds once both requests are answered.
  await page.reload();
  await expect(list.getByText("Estado do Acre (duplo clique)")).toHaveCount(1);
  await expect(list.getByText("IBGE 12")).toHaveCount(1);
});

test("double-clicking Salvar usuário creates one user", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/usuarios/novo");
  await page.getByLabel("CPF").fill("714.602.380-01");
  await page.getByLabel("Nome").fill("Usuária Clique Duplo");
  await page.getByLabel("E-mail").fill("clique.duplo@prefeitura.example");
  await page.getByLabel("Papel").selectOption({ label: "Analista" });
  await page.getByRole("button", { name: "Salvar usuário" }).dblclick();
  await expect(page.getByRole("heading", { name: "Usuária Clique Duplo" })).toBeVisible();

  await page.goto("/admin/usuarios?q=Clique+Duplo");
  const rows = page.getByRole("row").filter({ hasText: "Usuária Clique Duplo" });
  await expect(rows).toHaveCount(1);
  await expect(page.getByText("1 usuário", { exact: true })).toBeVisible();
});
