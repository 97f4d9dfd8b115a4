import { expect, test } from "@playwright/test";
import {
  onTicketAs,
  openTicket,
  openTickets,
  pdf,
  signIn,
  ticketFixture,
  ticketHistory,
  ticketState,
} from "./helpers";

// The requester's tickets after they are opened (seed 000 §4): the list, messages, cancelling,
// the answer to a solution. Each test starts from tickets the fixture opens.

const REQUESTER = "529.982.247-25";

test("filters Minhas Solicitações by number and by state, kept in the address", async ({
  page,
}) => {
  const [first, second] = openTickets(2) as [string, string];
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
});

test("a bad value in the address gives the first page with a message, never an error page", async ({
  page,
}) => {
  const [number] = openTickets(1) as [string];
  await signIn(page, REQUESTER);
  await page.goto(`/solicitacoes?estado=XYZ&pagina=3&numero=${number}`);
  await expect(page.getByRole("status").filter({ hasText: "foram ignorados" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: number })).toBeVisible();
});

test("a message with an attachment goes into the history", async ({ page }) => {
  await onTicketAs(page, REQUESTER, openTicket());
  await page.getByPlaceholder("Digite sua mensagem aqui...").fill("Segue o print do erro.");
  await page.getByLabel("Anexar arquivos").setInputFiles(pdf("print.pdf"));
  await expect(page.getByText("Pronto para enviar.")).toBeVisible();
  await page.getByRole("button", { name: "Enviar" }).click();
  await expect(ticketHistory(page).getByText("Segue o print do erro.")).toBeVisible();
  await expect(ticketHistory(page).getByRole("link", { name: "print.pdf" })).toBeVisible();
  await expect(page.getByPlaceholder("Digite sua mensagem aqui...")).toHaveValue("");
});

test("cancelling asks for a reason, then the ticket is Cancelada and takes no more messages", async ({
  page,
}) => {
  await onTicketAs(page, REQUESTER, openTicket());
  await page.getByRole("button", { name: "Cancelar Solicitação" }).click();
  const dialog = page.getByRole("dialog", { name: "Cancelar Solicitação" });
  await dialog.getByRole("button", { name: "Confirmar cancelamento" }).click();
  await expect(dialog.getByText("Informe o motivo do cancelamento.")).toBeVisible();
  await dialog.getByLabel("Motivo do Cancelamento").fill("Resolvi com a equipe local.");
  await dialog.getByRole("button", { name: "Confirmar cancelamento" }).click();
  await expect(ticketState(page)).toContainText("Cancelada");
  await expect(ticketHistory(page)).toContainText(
    "Motivo do Cancelamento: Resolvi com a equipe local.",
  );
  await expect(page.getByRole("button", { name: "Cancelar Solicitação" })).toHaveCount(0);
  await expect(page.getByPlaceholder("Digite sua mensagem aqui...")).toHaveCount(0);
});

test("rejecting a solution, then accepting the next one", async ({ page }) => {
  const number = openTicket("start", "resolve");
  await onTicketAs(page, REQUESTER, number);
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
  await expect(ticketState(page)).toContainText("Fechada");
});

test("a stale page shows the conflict and the fresh state instead of overwriting", async ({
  page,
}) => {
  const number = openTicket("start", "resolve");
  await onTicketAs(page, REQUESTER, number);
  ticketFixture("comment", number, "Antes de aceitar, confira o acesso pelo celular.");
  await page.getByRole("button", { name: "Aceitar Solução" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "foi alterada por outra pessoa" }),
  ).toBeVisible();
  await expect(page.getByText("Antes de aceitar, confira o acesso pelo celular.")).toBeVisible();
  await expect(ticketState(page)).toContainText("Aguardando posição do usuário final");
});
