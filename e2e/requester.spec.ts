import { expect, test, type Page } from "@playwright/test";
import { pdf, signIn } from "./helpers";

// The requester's new requests of the tutorial (seed 000 §2–3), as a person makes them.

const REQUESTER = "529.982.247-25";
const COLLEAGUE = "390.533.447-05";
const OTHER_ORGANIZATION = "987.654.321-00";

/** The ticket number from the ticket page's address. */
async function ticketNumberOf(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/solicitacoes\/CS\d{7}$/);
  return /CS\d{7}/.exec(page.url())![0];
}

/** The requester on GERID's request form, as the search of the tutorial leads there. */
async function geridForm(page: Page) {
  await signIn(page, REQUESTER);
  await page.goto("/catalogo/item/gerid");
  await expect(page.getByRole("heading", { name: "GERID", exact: true })).toBeVisible();
}

test("searching “gerid” leads to its form, with its path and the requester's data filled in", async ({
  page,
}) => {
  await signIn(page, REQUESTER);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Comunicado" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Pesquisar" }).fill("gerid");
  await page.getByRole("button", { name: "Pesquisar" }).click();
  await expect(
    page.getByText("Todos os Catálogos › SERVIÇOS MULTICLIENTE › ACESSO MULTICLIENTE › GERID"),
  ).toBeVisible();
  await page.getByRole("link", { name: "GERID", exact: true }).click();

  await expect(page.getByRole("heading", { name: "GERID", exact: true })).toBeVisible();
  const breadcrumb = page.getByRole("navigation", { name: "Você está em" });
  await expect(breadcrumb).toContainText("Página Inicial");
  await expect(breadcrumb).toContainText("ACESSO MULTICLIENTE");
  await expect(page.getByLabel("Requisitado para")).toHaveValue(/.+/);
  await expect(page.getByLabel("E-mail")).toHaveValue("requerente@prefeitura.example");
  await expect(page.getByLabel("Módulo")).toHaveValue("Gestão de usuários");
  await expect(page.getByText("Indica campo obrigatório")).toBeVisible();
});

test("the GERID form sent empty says what is missing next to the fields", async ({ page }) => {
  await geridForm(page);
  const needed = page.getByRole("complementary", { name: "Informações necessárias" });
  await expect(needed).toContainText("Motivo");
  await page.getByRole("button", { name: "Enviar" }).click();
  await expect(page.getByText("Descreva a solicitação.")).toBeVisible();
  await expect(page.getByText("Campo obrigatório.").first()).toBeVisible();
  await expect(page).toHaveURL(/\/catalogo\/item\/gerid$/);
});

test("the GERID request with an attachment: Enviar, the ticket, then Minhas Solicitações", async ({
  page,
}) => {
  await geridForm(page);
  const needed = page.getByRole("complementary", { name: "Informações necessárias" });
  await page.getByLabel("Motivo").selectOption("Problema");
  await page.getByLabel("Funcionalidade").selectOption("Acesso");
  await page.getByLabel("Descrição").fill("Não consigo acessar o GERID com meu usuário.");
  await expect(needed).toContainText("Tudo preenchido.");
  await page.getByLabel("Adicionar anexos").setInputFiles(pdf("erro-gerid.pdf"));
  await expect(page.getByText("Pronto para enviar.")).toBeVisible();
  await page.getByRole("button", { name: "Enviar" }).click();

  const number = await ticketNumberOf(page);
  await expect(page.getByRole("heading", { name: `${number} – GERID` })).toBeVisible();
  const attachments = page.getByRole("region", { name: "Anexos" });
  await expect(attachments.getByRole("link", { name: "erro-gerid.pdf" })).toBeVisible();
  await expect(page.getByText("Não consigo acessar o GERID com meu usuário.")).toBeVisible();

  const nav = page.getByRole("navigation", { name: "Principal" });
  await nav.getByRole("button", { name: "Solicitações" }).click();
  await nav.getByRole("link", { name: "Ver minhas solicitações" }).click();
  await expect(page.getByRole("heading", { name: "Minhas Solicitações" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: number });
  await expect(row).toContainText("GERID");
  await expect(row).toContainText("Aberta");
  await expect(row).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}/);
});

test("the Portal Rede Atendimento request with a follower, who then sees it in Meus Acompanhamentos", async ({
  page,
}) => {
  await signIn(page, REQUESTER);
  await page.goto("/pesquisa?busca=cadunico");
  await page.getByRole("link", { name: "Portal Rede Atendimento", exact: true }).click();
  await page.getByLabel("Motivo").selectOption("Dúvida");
  await page.getByLabel("Funcionalidade").selectOption("Login do Usuário");
  await page.getByLabel("Sintoma").selectOption("Lento");
  await page.getByLabel("Descrição").fill("O login está muito lento desde a manhã.");
  await page.getByPlaceholder("Procurar pelo nome").fill("acompanhante");
  await page
    .getByRole("listbox", { name: "Pessoas encontradas" })
    .getByRole("option", { name: "Acompanhante Demo" })
    .click();
  await expect(page.getByRole("button", { name: "Remover Acompanhante Demo" })).toBeVisible();
  await page.getByRole("button", { name: "Enviar" }).click();
  const number = await ticketNumberOf(page);
  await expect(page.getByRole("region", { name: "Acompanhamento" })).toContainText(
    "Acompanhante Demo",
  );

  await page.context().clearCookies();
  await signIn(page, COLLEAGUE);
  await page.goto("/acompanhamentos");
  await expect(page.getByRole("heading", { name: "Meus Acompanhamentos" })).toBeVisible();
  await page.getByRole("row").filter({ hasText: number }).getByRole("link").click();
  await expect(
    page.getByRole("heading", { name: `${number} – Portal Rede Atendimento` }),
  ).toBeVisible();
});

test("a requester of another organization gets the not-found page for the ticket and its file", async ({
  page,
}) => {
  await geridForm(page);
  await page.getByLabel("Motivo").selectOption("Solicitação");
  await page.getByLabel("Funcionalidade").selectOption("Acesso");
  await page.getByLabel("Descrição").fill("Pedido com anexo.");
  await page.getByLabel("Adicionar anexos").setInputFiles(pdf("planilha.pdf"));
  await expect(page.getByText("Pronto para enviar.")).toBeVisible();
  await page.getByRole("button", { name: "Enviar" }).click();
  const number = await ticketNumberOf(page);
  const file = page
    .getByRole("region", { name: "Anexos" })
    .getByRole("link", { name: "planilha.pdf" });
  const href = (await file.getAttribute("href"))!;
  const download = await page.request.get(href);
  expect(download.status()).toBe(200);
  // A PDF is shown by the browser (it cannot run script in the portal's origin).
  expect(download.headers()["content-disposition"]).toContain('inline; filename="planilha.pdf"');
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(download.headers()["content-type"]).toBe("application/pdf");

  await page.context().clearCookies();
  await signIn(page, OTHER_ORGANIZATION);
  await page.goto(`/solicitacoes/${number}`);
  await expect(page.getByRole("heading", { name: "Página não encontrada" })).toBeVisible();
  await page.goto("/solicitacoes/CS9999999");
  await expect(page.getByRole("heading", { name: "Página não encontrada" })).toBeVisible();
  expect((await page.request.get(href)).status()).toBe(404);
});
