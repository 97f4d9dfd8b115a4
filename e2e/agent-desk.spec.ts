import { expect, test } from "@playwright/test";
import { onTicketAs, openQueue, openTicket, openTickets, signIn } from "./helpers";

// The analyst's desk beyond one ticket (seeds 001, 004): bulk actions on a queue, a ticket opened
// on a customer's behalf, and the hours exported for billing.

const REQUESTER = "529.982.247-25";
const ANALYST = "111.444.777-35";
const ORGANIZATION = "Prefeitura Municipal de Demonstração";

test("bulk: the selected tickets are assigned to me", async ({ page }) => {
  const [first, second] = openTickets(2) as [string, string];
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
  await page.getByLabel("Organização").selectOption({ label: ORGANIZATION });
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

  await page.context().clearCookies();
  await signIn(page, REQUESTER);
  await page.goto("/solicitacoes");
  await expect(page.getByRole("row").filter({ hasText: number })).toBeVisible();
});

test("time logged on a ticket is in the organization's billing CSV", async ({ page }) => {
  const number = openTicket("start");
  await onTicketAs(page, ANALYST, number);
  const timeBox = page.getByRole("region", { name: "Horas" });
  await timeBox.getByLabel("Minutos").fill("30");
  await timeBox.getByRole("button", { name: "Lançar horas" }).click();
  await expect(timeBox).toContainText("Total: 0h30");

  await page.goto("/agente/horas");
  await page.getByLabel("Organização").selectOption({ label: ORGANIZATION });
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Exportar CSV" }).click();
  const csv = await (await download).createReadStream();
  const text = await new Response(csv as unknown as ReadableStream).text();
  expect(text).toContain(`;${number};${ORGANIZATION};Analista Demo;30;0,50;Sim;`);
});
