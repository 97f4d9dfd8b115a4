import { expect, test, type Page } from "@playwright/test";
import { signIn, ticketFixture } from "./helpers";

// The requester's journeys of the tutorial (seed 000 §2–4), as a person does them.

const REQUESTER = "529.982.247-25";
const COLLEAGUE = "390.533.447-05";
const OTHER_ORGANIZATION = "987.654.321-00";

const pdf = (name: string) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"),
});

/** The ticket number from the ticket page's address. */
async function ticketNumberOf(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/solicitacoes\/CS\d{7}$/);
  return /CS\d{7}/.exec(page.url())![0];
}

test("the GERID request of the tutorial: search, form, attachment, Enviar, then Minhas Solicitações", async ({
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

  // Sending it empty: the messages appear next to the fields, and nothing is created.
  const needed = page.getByRole("complementary", { name: "Informações necessárias" });
  await expect(needed).toContainText("Motivo");
  await page.getByRole("button", { name: "Enviar" }).click();
  await expect(page.getByText("Descreva a solicitação.")).toBeVisible();
  await expect(page.getByText("Campo obrigatório.").first()).toBeVisible();

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
  await page.getByRole("link", { name: "Portal Rede Atendimento" }).click();
  await page.getByLabel("Motivo").selectOption("Dúvida");
  await page.getByLabel("Funcionalidade").selectOption("Login do Usuário");
  await page.getByLabel("Sintoma").selectOption("Lento");
  await page.getByLabel("Descrição").fill("O login está muito lento desde a manhã.");
  await page.getByPlaceholder("Procurar pelo nome").fill("acompanhante");
  await page.getByRole("button", { name: "Adicionar Acompanhante Demo" }).click();
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

test("filters Minhas Solicitações by number and by state, kept in the address", async ({
  page,
}) => {
  const first = ticketFixture("open");
  const second = ticketFixture("open");
  await signIn(page, REQUESTER);
  await page.goto("/solicitacoes");
  await page.getByLabel("Número").fill(second);
  await page.getByRole("button", { name: "Pesquisar" }).click();
  await expect(page).toHaveURL(new RegExp(`numero=${second}`));
  await expect(page.getByText("Linhas 1 - 1 de 1")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: second })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: first })).toHaveCount(0);

  await page.goto("/solicitacoes");
  await page.getByLabel("Estado").selectOption("Cancelada");
  await page.getByRole("button", { name: "Pesquisar" }).click();
  await expect(page).toHaveURL(/estado=CANCELLED/);
  await expect(page.getByRole("row").filter({ hasText: first })).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole("row").filter({ hasText: first })).toBeVisible();

  // A bad value in the address is dropped with a message: the first page, never an error page.
  await page.goto(`/solicitacoes?estado=XYZ&pagina=3&numero=${first}`);
  await expect(page.getByRole("status").filter({ hasText: "foram ignorados" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: first })).toBeVisible();
});

test("a message with an attachment, then cancelling with a reason", async ({ page }) => {
  const number = ticketFixture("open");
  await signIn(page, REQUESTER);
  await page.goto(`/solicitacoes/${number}`);
  await page.getByPlaceholder("Digite sua mensagem aqui...").fill("Segue o print do erro.");
  await page.getByLabel("Anexar arquivos").setInputFiles(pdf("print.pdf"));
  await expect(page.getByText("Pronto para enviar.")).toBeVisible();
  await page.getByRole("button", { name: "Enviar" }).click();
  const history = page.getByRole("region", { name: "Histórico" });
  await expect(history.getByText("Segue o print do erro.")).toBeVisible();
  await expect(history.getByRole("link", { name: "print.pdf" })).toBeVisible();
  await expect(page.getByPlaceholder("Digite sua mensagem aqui...")).toHaveValue("");

  await page.getByRole("button", { name: "Cancelar Solicitação" }).click();
  const dialog = page.getByRole("dialog", { name: "Cancelar Solicitação" });
  await dialog.getByRole("button", { name: "Confirmar cancelamento" }).click();
  await expect(dialog.getByText("Informe o motivo do cancelamento.")).toBeVisible();
  await dialog.getByLabel("Motivo do Cancelamento").fill("Resolvi com a equipe local.");
  await dialog.getByRole("button", { name: "Confirmar cancelamento" }).click();
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Cancelada");
  await expect(history).toContainText("Motivo do Cancelamento: Resolvi com a equipe local.");
  await expect(page.getByRole("button", { name: "Cancelar Solicitação" })).toHaveCount(0);
  await expect(page.getByPlaceholder("Digite sua mensagem aqui...")).toHaveCount(0);
});

test("rejecting and then accepting a solution", async ({ page }) => {
  const number = ticketFixture("open");
  ticketFixture("advance", number, "start", "resolve");
  await signIn(page, REQUESTER);
  await page.goto(`/solicitacoes/${number}`);
  await expect(page.getByText("Solução: Acesso liberado: tente entrar de novo.")).toBeVisible();

  await page.getByRole("button", { name: "Rejeitar Solução" }).click();
  const dialog = page.getByRole("dialog", { name: "Rejeitar Solução" });
  await dialog.getByLabel("Motivo da Rejeição").fill("Continua dando erro.");
  await dialog.getByRole("button", { name: "Confirmar rejeição" }).click();
  await expect(page.getByText("Você rejeitou esta solução")).toBeVisible();
  await expect(page.getByRole("button", { name: "Aceitar Solução" })).toHaveCount(0);

  ticketFixture("advance", number, "resolve");
  await page.reload();
  await page.getByRole("button", { name: "Aceitar Solução" }).click();
  await expect(page.getByText("Você aceitou esta solução")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Fechada");
});

test("a stale page shows the conflict and the fresh state instead of overwriting", async ({
  page,
}) => {
  const number = ticketFixture("open");
  ticketFixture("advance", number, "start", "resolve");
  await signIn(page, REQUESTER);
  await page.goto(`/solicitacoes/${number}`);
  ticketFixture("comment", number, "Antes de aceitar, confira o acesso pelo celular.");
  await page.getByRole("button", { name: "Aceitar Solução" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "foi alterada por outra pessoa" }),
  ).toBeVisible();
  await expect(page.getByText("Antes de aceitar, confira o acesso pelo celular.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText(
    "Aguardando posição do usuário final",
  );
});

test("a requester of another organization gets the not-found page for the ticket and its file", async ({
  page,
}) => {
  await signIn(page, REQUESTER);
  await page.goto("/catalogo/item/gerid");
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
