import { expect, test, type Page } from "@playwright/test";
import { onTicketAs, openTicket, ticketFixture, ticketHistory } from "./helpers";

// The reply cycle of a resolved ticket, as the requester lives it: the page says when it closes
// by itself; a question stops that until support answers; a double click sends one message.

const REQUESTER = "529.982.247-25";
/** Well past the auto-close date of a ticket resolved today (7 days by default). */
const MONTH_LATER = () => new Date(Date.now() + 30 * 24 * 60 * 60_000).toISOString();

async function resolvedTicket(page: Page): Promise<string> {
  const number = openTicket("start", "resolve");
  await onTicketAs(page, REQUESTER, number);
  return number;
}

test("a requester's question on a resolved ticket stops auto-close until support answers", async ({
  page,
}) => {
  const number = await resolvedTicket(page);
  const notice = page.getByRole("note");
  await expect(notice).toContainText(/Será encerrada automaticamente em \d{2}\/\d{2}\/\d{4}/);

  await page
    .getByPlaceholder("Digite sua mensagem aqui...")
    .fill("Isso vale também para o CadÚnico?");
  await page.getByRole("button", { name: "Enviar" }).click();
  await expect(ticketHistory(page)).toContainText("Isso vale também para o CadÚnico?");
  await expect(notice).toContainText("não será encerrada automaticamente");

  // The sweep, even weeks later, leaves it waiting for support's answer.
  ticketFixture("auto-close", MONTH_LATER());
  await page.reload();
  await expect(
    page.getByText("Aguardando posição do usuário final", { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Aceitar Solução" })).toBeVisible();

  // Support answers: the days count again from that answer.
  ticketFixture("comment", number, "Sim, o acesso vale para os dois sistemas.");
  await page.reload();
  await expect(ticketHistory(page)).toContainText("Sim, o acesso vale para os dois sistemas.");
  await expect(notice).toContainText(/Será encerrada automaticamente em \d{2}\/\d{2}\/\d{4}/);
});

test("a double click on Enviar makes one comment", async ({ page }) => {
  await resolvedTicket(page);
  const text = "Enviado com um clique duplo.";
  await page.getByPlaceholder("Digite sua mensagem aqui...").fill(text);
  await page.getByRole("button", { name: "Enviar" }).dblclick();
  await expect(ticketHistory(page)).toContainText(text);
  await expect(page.getByPlaceholder("Digite sua mensagem aqui...")).toHaveValue("");
  await page.reload();
  await expect(ticketHistory(page).getByText(text)).toHaveCount(1);
});
