import { expect, test, type Page } from "@playwright/test";
import { signIn, ticketFixture } from "./helpers";

// The analyst's day (seeds 001, 002, 004), driven through the agent screens.

const REQUESTER = "529.982.247-25";
const ANALYST = "111.444.777-35";
const RELATIONSHIP_ANALYST = "456.123.789-55";
const ADMIN = "123.456.789-09";

async function openQueue(page: Page, label: string) {
  await page.goto("/agente");
  await page.getByRole("navigation", { name: "Filas" }).getByRole("link", { name: label }).click();
  await expect(page.getByRole("heading", { name: label, level: 1 })).toBeVisible();
}

const stateOf = (page: Page) => page.getByRole("heading", { level: 1 }).locator("..");

async function switchUser(page: Page, cpf: string) {
  await page.context().clearCookies();
  await signIn(page, cpf);
}

test("from Ag. Atendimento to Tickets Finalizados: start, internal note, reply, transfer and back, resolve, accept", async ({
  page,
}) => {
  const number = ticketFixture("open");
  const other = ticketFixture("open");
  await signIn(page, ANALYST);
  await openQueue(page, "Ag. Atendimento");
  await page
    .getByRole("row")
    .filter({ hasText: number })
    .getByRole("link", { name: number })
    .click();
  await expect(page.getByRole("heading", { name: `${number} – GERID` })).toBeVisible();

  await page.getByRole("button", { name: "Iniciar" }).click();
  await expect(stateOf(page)).toContainText("Em andamento");

  await page.getByPlaceholder("Digite sua mensagem aqui...").fill("Verificar os logs do servidor.");
  await page.getByLabel("Nota interna").check();
  await page.getByRole("button", { name: "Enviar" }).click();
  const history = page.getByRole("region", { name: "Histórico" });
  await expect(history.getByText("Verificar os logs do servidor.")).toBeVisible();
  await expect(history.getByText("Nota interna").first()).toBeVisible();

  await page
    .getByPlaceholder("Digite sua mensagem aqui...")
    .fill("Estamos verificando o seu acesso.");
  await page.getByRole("button", { name: "Enviar" }).click();
  await expect(history.getByText("Estamos verificando o seu acesso.")).toBeVisible();

  // Related tickets and time.
  await page.getByLabel("Número do chamado relacionado").fill(other);
  await page.getByRole("button", { name: "Relacionar" }).click();
  const relatedBox = page.getByRole("region", { name: "Chamados Relacionados" });
  await expect(relatedBox.getByRole("link", { name: other })).toBeVisible();
  const timeBox = page.getByRole("region", { name: "Horas" });
  await timeBox.getByLabel("Minutos").fill("45");
  await timeBox.getByRole("button", { name: "Lançar horas" }).click();
  await expect(timeBox).toContainText("Total: 0h45");

  await page.getByLabel("Transferir para o grupo").selectOption({ label: "Relacionamento" });
  await page.getByLabel("Motivo da transferência").fill("Assunto de relacionamento.");
  await page.getByRole("button", { name: "Transferir" }).click();
  // Analista Demo is not in "Relacionamento": the ticket leaves their sight.
  await expect(page.getByRole("heading", { name: "Página não encontrada" })).toBeVisible();

  await switchUser(page, RELATIONSHIP_ANALYST);
  await page.goto(`/solicitacoes/${number}`);
  await page.getByLabel("Transferir para o grupo").selectOption({ label: "Atendimento N1" });
  await page.getByLabel("Motivo da transferência").fill("Voltando ao N1.");
  await page.getByRole("button", { name: "Transferir" }).click();
  await expect(page.getByRole("heading", { name: "Página não encontrada" })).toBeVisible();

  await switchUser(page, ANALYST);
  await page.goto(`/solicitacoes/${number}`);
  await page.getByRole("button", { name: "Resolver" }).click();
  const dialog = page.getByRole("dialog", { name: "Resolver" });
  await dialog.getByRole("button", { name: "Confirmar solução" }).click();
  await expect(dialog.getByText("Descreva a solução.")).toBeVisible();
  await dialog.getByLabel("Solução").fill("Permissão de acesso restabelecida.");
  await dialog.getByRole("button", { name: "Confirmar solução" }).click();
  await expect(stateOf(page)).toContainText("Aguardando posição do usuário final");

  await switchUser(page, REQUESTER);
  await page.goto(`/solicitacoes/${number}`);
  await expect(page.getByText("Estamos verificando o seu acesso.")).toBeVisible();
  await expect(page.getByText("Verificar os logs do servidor.")).toHaveCount(0);
  await expect(page.getByText("Nota interna")).toHaveCount(0);
  await page.getByRole("button", { name: "Aceitar Solução" }).click();
  await expect(page.getByText("Você aceitou esta solução")).toBeVisible();

  await switchUser(page, ANALYST);
  await openQueue(page, "Tickets Finalizados");
  await expect(page.getByRole("row").filter({ hasText: number })).toContainText("Fechada");
});

test("bulk: the selected tickets are assigned to me", async ({ page }) => {
  const first = ticketFixture("open");
  const second = ticketFixture("open");
  await signIn(page, ANALYST);
  await openQueue(page, "Ag. Atendimento");
  await page.getByRole("checkbox", { name: `Selecionar ${first}` }).check();
  await page.getByRole("checkbox", { name: `Selecionar ${second}` }).check();
  await page.getByRole("button", { name: "Atribuir a mim" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "2 tickets atualizados." }),
  ).toBeVisible();
  await openQueue(page, "Meus Tickets");
  for (const number of [first, second]) {
    await expect(page.getByRole("row").filter({ hasText: number })).toContainText("Analista Demo");
  }
});

test("two agents on the same ticket: the second one gets the conflict message", async ({
  browser,
  page,
}) => {
  const number = ticketFixture("open");
  await signIn(page, ANALYST);
  await page.goto(`/solicitacoes/${number}`);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN);
  await admin.goto(`/solicitacoes/${number}`);
  await admin.getByRole("button", { name: "Iniciar" }).click();
  await expect(stateOf(admin)).toContainText("Em andamento");

  await page.getByRole("button", { name: "Iniciar" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "foi alterada por outra pessoa" }),
  ).toBeVisible();
  await expect(stateOf(page)).toContainText("Em andamento");
  await admin.context().close();
});

test("opening a ticket on a customer's behalf: it is theirs, and the history says who opened it", async ({
  page,
}) => {
  await signIn(page, ANALYST);
  await page.goto("/agente");
  await page.getByRole("link", { name: "Abrir chamado em nome do cliente" }).click();
  // The queue page has filters with the same labels: wait for the new page first.
  await expect(
    page.getByRole("heading", { name: "Abrir chamado em nome do cliente" }),
  ).toBeVisible();
  await page
    .getByLabel("Organização")
    .selectOption({ label: "Prefeitura Municipal de Demonstração" });
  await page.getByLabel("Serviço").selectOption({ label: "GERID" });
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page).toHaveURL(/servico=gerid/);
  await page.getByLabel("Requisitado para").selectOption({ label: "Requerente Demo" });
  await expect(page.getByLabel("E-mail")).toHaveValue("requerente@prefeitura.example");
  await page.getByLabel("Motivo").selectOption("Solicitação");
  await page.getByLabel("Funcionalidade").selectOption("Acesso");
  await page.getByLabel("Descrição").fill("Cliente ligou pedindo acesso ao GERID.");
  await page.getByRole("button", { name: "Enviar" }).click();
  await expect(page).toHaveURL(/\/solicitacoes\/CS\d{7}$/);
  const number = /CS\d{7}/.exec(page.url())![0];
  await expect(page.getByRole("region", { name: "Histórico" })).toContainText("Analista Demo");

  // Billing: log time, then export the organization's month.
  const timeBox = page.getByRole("region", { name: "Horas" });
  await timeBox.getByLabel("Minutos").fill("30");
  await timeBox.getByRole("button", { name: "Lançar horas" }).click();
  await expect(timeBox).toContainText("Total: 0h30");
  await page.goto("/agente/horas");
  await page
    .getByLabel("Organização")
    .selectOption({ label: "Prefeitura Municipal de Demonstração" });
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Exportar CSV" }).click();
  const csv = await (await download).createReadStream();
  const text = await new Response(csv as unknown as ReadableStream).text();
  expect(text).toContain(
    `;${number};Prefeitura Municipal de Demonstração;Analista Demo;30;0,50;Sim;`,
  );

  await switchUser(page, REQUESTER);
  await page.goto("/solicitacoes");
  await expect(page.getByRole("row").filter({ hasText: number })).toBeVisible();
});
