import { expect, test } from "@playwright/test";
import { openQueue, openTicket, signIn } from "./helpers";

const ANALYST = "111.444.777-35";

// The queue's "Organização" filter searches as the analyst types (a state's portal has thousands
// of municipalities): pick one from the list, filter, and only its tickets stay.
test("filters a queue by an organization found by part of its name", async ({ page }) => {
  const number = openTicket(); // opened by the municipality's requester
  await signIn(page, ANALYST);
  await openQueue(page, "Ag. Atendimento");
  await expect(page.getByRole("row").filter({ hasText: number })).toBeVisible();

  const organization = page.getByRole("combobox", { name: "Organização" });
  await organization.fill("estado de demo");
  await page.getByRole("option", { name: "Governo do Estado de Demonstração" }).click();
  await expect(organization).toHaveValue("Governo do Estado de Demonstração");
  await page.getByRole("button", { name: "Filtrar" }).click();
  await expect(page).toHaveURL(/organizacao=/);
  await expect(page.getByRole("row").filter({ hasText: number })).toHaveCount(0);
  await expect(organization).toHaveValue("Governo do Estado de Demonstração");

  await organization.fill("Municipal de Demo");
  await expect(
    page.getByRole("option", { name: "Prefeitura Municipal de Demonstração" }),
  ).toBeVisible();
  await organization.press("ArrowDown");
  await organization.press("Enter");
  await expect(organization).toHaveValue("Prefeitura Municipal de Demonstração");
  await page.getByRole("button", { name: "Filtrar" }).click();
  await expect(page.getByRole("row").filter({ hasText: number })).toBeVisible();
});

// "Responsável" searches too (a large team's analysts would fill a select on every page).
test("filters a queue by an analyst found by part of the name", async ({ page }) => {
  const number = openTicket();
  await signIn(page, ANALYST);
  await openQueue(page, "Ag. Atendimento");
  await page.getByRole("checkbox", { name: `Selecionar ${number}` }).check();
  await page.getByRole("button", { name: "Atribuir a mim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 ticket atualizado." })).toBeVisible();

  await openQueue(page, "Todos os Tickets");
  const analyst = page.getByRole("combobox", { name: "Responsável" });
  await analyst.fill("analista d");
  await page.getByRole("option", { name: "Analista Demo", exact: true }).click();
  await page.getByRole("button", { name: "Filtrar" }).click();
  await expect(page).toHaveURL(/responsavel=/);
  await expect(page.getByRole("row").filter({ hasText: number })).toBeVisible();
  await expect(analyst).toHaveValue("Analista Demo");

  await analyst.fill("Ninguém assim");
  await expect(page.getByText("Nenhum analista com esse nome.")).toBeVisible();
});
