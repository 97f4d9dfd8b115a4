import { expect, test } from "@playwright/test";
import { isValidIbgeCode } from "../lib/admin/organization-schema";
import { fillUntilKept, signIn, today } from "./helpers";

// The admin's settings, announcements and audit log.

const ADMIN = "123.456.789-09";
const REQUESTER = "529.982.247-25";

test("a Comunicado written by the admin shows on the requesters' home page", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Comunicados" }).click();
  await page.getByRole("button", { name: "Salvar comunicado" }).click();
  await expect(page.getByText("Informe o título.")).toBeVisible();

  await page.getByLabel("Título").fill("Manutenção programada");
  await page.getByLabel("Texto").fill("O portal ficará fora do ar no sábado, das 8h às 12h.");
  await page.getByLabel("Início").fill(today());
  await page.getByRole("button", { name: "Salvar comunicado" }).click();
  await expect(page.getByRole("region", { name: "Comunicados" })).toContainText(
    "Manutenção programada",
  );

  await page.context().clearCookies();
  await signIn(page, REQUESTER);
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Comunicado" })).toContainText(
    "O portal ficará fora do ar no sábado",
  );
});

test("settings are validated next to the field, saved, and the change is in the audit log", async ({
  page,
}) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/configuracoes");
  const days = page.getByLabel("Dias para fechar sozinha após a solução");
  const save = page.getByRole("button", { name: "Salvar configurações" });
  await fillUntilKept(days, "0");
  await save.click();
  await expect(page.getByText("Os dias para fechar sozinha: no mínimo 1.")).toBeVisible();
  await fillUntilKept(days, "10");
  await save.click();
  await expect(page.getByRole("status")).toContainText("Configurações salvas.");
  // Back to the product's default, which other specs assume, on the page already working (a
  // fresh load would race the form's hydration).
  await fillUntilKept(days, "7");
  await save.click();
  await expect(page.getByRole("status")).toContainText("Configurações salvas.");

  const changes = page.getByRole("row").filter({ hasText: "settings.update" });
  // Newest first; the page is read again until the second save is in it.
  await expect(async () => {
    await page.goto("/admin/auditoria");
    await expect(changes.first()).toContainText('"autoCloseDays": 7', { timeout: 2_000 });
  }).toPass();
  // A retry of this test finds the first attempt's changes too.
  await expect(changes.filter({ hasText: '"autoCloseDays": 10' }).first()).toBeVisible();
});

test("a holiday added in the settings is listed and in the audit log", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/configuracoes");
  await page.getByLabel("Data").fill("2026-12-25");
  await page.getByLabel("Nome do feriado").fill("Natal");
  await page.getByRole("button", { name: "Adicionar feriado" }).click();
  await expect(page.getByRole("region", { name: "Feriados" })).toContainText("25/12/2026 – Natal");

  await page.goto("/admin/auditoria");
  await expect(page.getByRole("row").filter({ hasText: "holiday.create" })).toContainText("Natal");
});

/** A random valid CPF, so that a retried run imports someone new. */
function randomCpf(): string {
  const nine = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10)).join("");
  const digit = (digits: string) => {
    const sum = [...digits].reduce((s, d, i) => s + Number(d) * (digits.length + 1 - i), 0);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  const ten = nine + digit(nine);
  return ten + digit(ten);
}

test("the admin deactivates a user signed in elsewhere, whose next request is refused", async ({
  browser,
  page,
}) => {
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, "987.654.321-00");
  await elsewhere.goto("/solicitacoes");
  await expect(elsewhere.getByRole("heading", { name: "Minhas Solicitações" })).toBeVisible();

  await signIn(page, ADMIN);
  await page.goto("/admin/usuarios");
  await page.getByLabel("Buscar").fill("Requerente Estado");
  await page.getByRole("button", { name: "Filtrar" }).click();
  await page.getByRole("link", { name: "Requerente Estado Demo" }).click();
  await page.getByRole("checkbox", { name: /^Ativo/ }).uncheck();
  await page.getByRole("button", { name: "Salvar usuário" }).click();
  await expect(page.getByRole("status")).toContainText("Usuário salvo.");

  await elsewhere.reload();
  await expect(elsewhere).toHaveURL(/\/login/);

  await page.getByRole("checkbox", { name: /^Ativo/ }).check();
  await page.getByRole("button", { name: "Salvar usuário" }).click();
  await expect(page.getByRole("status")).toContainText("Usuário salvo.");
  await elsewhere.context().close();
});

test("a CSV import with one bad row reports it and imports the others", async ({ page }) => {
  const good = randomCpf();
  const csv = [
    "cpf;nome;email;telefone;papel;organizacao",
    `${good};Importada Demo;importada.${good}@prefeitura.example;;Usuário máster;Prefeitura Municipal de Demonstração`,
    "123.456.789-00;CPF Errado;errado@prefeitura.example;;Usuário máster;Prefeitura Municipal de Demonstração",
  ].join("\n");
  await signIn(page, ADMIN);
  await page.goto("/admin/usuarios");
  await page.getByRole("link", { name: "Importar CSV" }).click();
  await page.getByLabel("Arquivo CSV").setInputFiles({
    name: "usuarios.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await page.getByRole("button", { name: "Importar" }).click();
  await expect(page.getByRole("status")).toContainText("1 usuário importado, 1 linha recusada.");
  await expect(page.getByRole("row").filter({ hasText: "123.456.789-00" })).toContainText(
    "CPF inválido.",
  );

  await page.goto(`/admin/usuarios?busca=${good}`);
  await expect(page.getByRole("link", { name: "Importada Demo" })).toBeVisible();
});

/** A name no earlier run (or retry) has used. */
const fresh = (name: string) => `${name} ${Math.floor(Math.random() * 1e6)}`;

/** A municipality code no earlier run saved (codes are unique): six random digits, its check digit. */
function freshIbgeCode(): string {
  const six = String(Math.floor(Math.random() * 1e6)).padStart(6, "0");
  const digit = [..."0123456789"].find((d) => isValidIbgeCode(six + d, "MUNICIPALITY"))!;
  return six + digit;
}

test("organizations need a valid IBGE code or CNPJ", async ({ page }) => {
  const name = fresh("Prefeitura de Teste");
  await signIn(page, ADMIN);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Organizações" }).click();
  await expect(page.getByRole("heading", { name: "Organizações", level: 1 })).toBeVisible();
  await page.getByLabel("Nome").fill(name);
  await page.getByLabel("CNPJ").fill("11.222.333/0001-82");
  await page.getByRole("button", { name: "Salvar organização" }).click();
  await expect(page.getByText("CNPJ inválido.")).toBeVisible();
  await page.getByLabel("CNPJ").fill("");
  await page.getByLabel("Código IBGE").fill(freshIbgeCode());
  await page.getByRole("button", { name: "Salvar organização" }).click();
  await expect(page.getByRole("list", { name: "Organizações" })).toContainText(name);
});

test("a support group takes analysts", async ({ page }) => {
  const name = fresh("Atendimento N2");
  await signIn(page, ADMIN);
  await page.goto("/admin/grupos");
  await page.getByLabel("Nome").fill(name);
  await page.getByRole("checkbox", { name: "Analista Demo" }).check();
  await page.getByRole("button", { name: "Salvar grupo" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: name })).toContainText("Analista Demo");
});
