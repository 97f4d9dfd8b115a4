import { expect, test } from "@playwright/test";
import { onTicketAs, openTicket, runFixture, signIn, ticketHistory, ticketState } from "./helpers";

// A requester answers support's question by e-mail: the answer is on the ticket's page, the
// ticket is back with support, and the admin finds the e-mail in "E-mails recebidos".

const REQUESTER = "529.982.247-25";
const ADMIN = "123.456.789-09";

test("a requester's e-mailed answer appears on the ticket, and the admin finds it", async ({
  page,
}) => {
  const number = openTicket("start", "askForInfo");
  const answer = "Meu CPF é 529.982.247-25, enviado por e-mail.";
  const report = JSON.parse(runFixture("e2e/support/inbound-fixture.ts", "reply", number, answer));
  expect(report).toMatchObject({ processed: 1, moved: 1 });

  await onTicketAs(page, REQUESTER, number);
  await expect(ticketHistory(page)).toContainText(answer);
  await expect(ticketHistory(page)).not.toContainText("Responda acima desta linha");
  await expect(ticketState(page)).toContainText("Em andamento");

  await page.context().clearCookies();
  await signIn(page, ADMIN);
  await page.goto("/admin");
  await page.getByRole("link", { name: "E-mails recebidos" }).click();
  await expect(page.getByRole("heading", { name: "E-mails recebidos", level: 1 })).toBeVisible();
  await page.getByRole("searchbox", { name: /Remetente, assunto/ }).fill(number);
  await page.getByRole("button", { name: "Filtrar" }).click();
  const row = page.getByRole("row").filter({ hasText: number });
  await expect(row).toContainText("Mensagem registrada");
  await row.getByRole("link", { name: /Precisamos de informações/ }).click();
  await expect(page.getByRole("region", { name: "Mensagem recebida" })).toContainText(answer);
  await expect(page.getByRole("link", { name: number })).toBeVisible();
});
