import { expect, test } from "@playwright/test";
import {
  onTicketAs,
  openQueue,
  openTicket,
  openTickets,
  signIn,
  ticketHistory,
  ticketState,
} from "./helpers";

// The analyst's work on one ticket (seeds 001, 002, 004), driven through the agent screens, from
// Ag. Atendimento to Tickets Finalizados. Each test starts from a ticket the fixture opens.

const REQUESTER = "529.982.247-25";
const ANALYST = "111.444.777-35";
const RELATIONSHIP_ANALYST = "456.123.789-55";
const ADMIN = "123.456.789-09";

test("from Ag. Atendimento: start, an internal note and a reply, of which the requester sees the reply", async ({
  page,
}) => {
  const number = openTicket();
  await signIn(page, ANALYST);
  await openQueue(page, "Ag. Atendimento");
  await page
    .getByRole("row")
    .filter({ hasText: number })
    .getByRole("link", { name: number })
    .click();
  await expect(page.getByRole("heading", { name: `${number} – GERID` })).toBeVisible();

  await page.getByRole("button", { name: "Iniciar" }).click();
  await expect(ticketState(page)).toContainText("Em andamento");

  await page.getByPlaceholder("Digite sua mensagem aqui...").fill("Verificar os logs do servidor.");
  await page.getByLabel("Nota interna").check();
  await page.getByRole("button", { name: "Enviar" }).click();
  await expect(ticketHistory(page).getByText("Verificar os logs do servidor.")).toBeVisible();
  await expect(ticketHistory(page).getByText("Nota interna").first()).toBeVisible();

  await page
    .getByPlaceholder("Digite sua mensagem aqui...")
    .fill("Estamos verificando o seu acesso.");
  await page.getByRole("button", { name: "Enviar" }).click();
  await expect(ticketHistory(page).getByText("Estamos verificando o seu acesso.")).toBeVisible();

  await onTicketAs(page, REQUESTER, number);
  await expect(page.getByText("Estamos verificando o seu acesso.")).toBeVisible();
  await expect(page.getByText("Verificar os logs do servidor.")).toHaveCount(0);
  await expect(page.getByText("Nota interna")).toHaveCount(0);
});

test("a related ticket and logged time on a ticket in progress", async ({ page }) => {
  const [number, other] = openTickets(2, "start") as [string, string];
  await onTicketAs(page, ANALYST, number);
  await page.getByLabel("Número do chamado relacionado").fill(other);
  await page.getByRole("button", { name: "Relacionar" }).click();
  const relatedBox = page.getByRole("region", { name: "Chamados Relacionados" });
  await expect(relatedBox.getByRole("link", { name: other })).toBeVisible();
  const timeBox = page.getByRole("region", { name: "Horas" });
  await timeBox.getByLabel("Minutos").fill("45");
  await timeBox.getByRole("button", { name: "Lançar horas" }).click();
  await expect(timeBox).toContainText("Total: 0h45");
});

test("transferred to Relacionamento, the ticket leaves the analyst's sight until sent back", async ({
  page,
}) => {
  const number = openTicket("start");
  await onTicketAs(page, ANALYST, number);
  await page.getByLabel("Transferir para o grupo").selectOption({ label: "Relacionamento" });
  await page.getByLabel("Motivo da transferência").fill("Assunto de relacionamento.");
  await page.getByRole("button", { name: "Transferir" }).click();
  // Analista Demo is not in "Relacionamento": the ticket leaves their sight.
  await expect(page.getByRole("heading", { name: "Página não encontrada" })).toBeVisible();

  await onTicketAs(page, RELATIONSHIP_ANALYST, number);
  await page.getByLabel("Transferir para o grupo").selectOption({ label: "Atendimento N1" });
  await page.getByLabel("Motivo da transferência").fill("Voltando ao N1.");
  await page.getByRole("button", { name: "Transferir" }).click();
  await expect(page.getByRole("heading", { name: "Página não encontrada" })).toBeVisible();

  await onTicketAs(page, ANALYST, number);
  await expect(page.getByRole("button", { name: "Resolver" })).toBeVisible();
});

test("resolving needs a solution; accepted by the requester, the ticket is in Tickets Finalizados", async ({
  page,
}) => {
  const number = openTicket("start");
  await onTicketAs(page, ANALYST, number);
  await page.getByRole("button", { name: "Resolver" }).click();
  const dialog = page.getByRole("dialog", { name: "Resolver" });
  await dialog.getByRole("button", { name: "Confirmar solução" }).click();
  await expect(dialog.getByText("Descreva a solução.")).toBeVisible();
  await dialog.getByLabel("Solução").fill("Permissão de acesso restabelecida.");
  await dialog.getByRole("button", { name: "Confirmar solução" }).click();
  await expect(ticketState(page)).toContainText("Aguardando posição do usuário final");

  await onTicketAs(page, REQUESTER, number);
  await page.getByRole("button", { name: "Aceitar Solução" }).click();
  await expect(page.getByText("Você aceitou esta solução")).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, ANALYST);
  await openQueue(page, "Tickets Finalizados");
  await expect(page.getByRole("row").filter({ hasText: number })).toContainText("Fechada");
});

test("two agents on the same ticket: the second one gets the conflict message", async ({
  browser,
  page,
}) => {
  const number = openTicket();
  await onTicketAs(page, ANALYST, number);

  const admin = await (await browser.newContext()).newPage();
  await onTicketAs(admin, ADMIN, number);
  await admin.getByRole("button", { name: "Iniciar" }).click();
  await expect(ticketState(admin)).toContainText("Em andamento");

  await page.getByRole("button", { name: "Iniciar" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "foi alterada por outra pessoa" }),
  ).toBeVisible();
  await expect(ticketState(page)).toContainText("Em andamento");
  await admin.context().close();
});
