import { expect, test } from "@playwright/test";
import { recipientOf, startSmtpCatcher } from "../tests/support/smtp";
import { SMTP_PORT } from "../playwright.config";
import { DEMO_PASSWORD } from "../prisma/demo-data";
import { onTicketAs, openTicket, ticketFixture } from "./helpers";

// "Avaliar Atendimento": a ticket that closed by itself is rated from the closing e-mail's link;
// opening the link records nothing, the click does; support sees the rating and its average.

let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
test.beforeAll(async () => {
  smtp = await startSmtpCatcher(SMTP_PORT);
});
test.afterAll(() => smtp.stop());

/** Well past the auto-close date of a ticket resolved today. */
const MONTH_LATER = () => new Date(Date.now() + 30 * 24 * 60 * 60_000).toISOString();

test("a closed ticket is rated from the e-mail link, and support sees it", async ({ page }) => {
  const number = openTicket("start", "resolve");
  ticketFixture("auto-close", MONTH_LATER());
  const mail = await smtp.waitFor(
    (m) =>
      recipientOf(m) === "requerente@prefeitura.example" &&
      m.subject === `[${number}] Solicitação fechada automaticamente`,
  );
  expect(mail.text).toContain("Avaliar Atendimento");
  const link = new RegExp(`https?://\\S+/avaliar/${number}\\?nota=4`).exec(mail.text ?? "")?.[0];
  expect(link).toBeTruthy();

  // The link asks to sign in, then shows the chosen score and waits for the click.
  await page.goto(link!);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("CPF").fill("529.982.247-25");
  await page.getByLabel("Senha").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page.getByRole("heading", { name: "Avaliar Atendimento", level: 1 })).toBeVisible();
  await expect(page.getByText("Nota escolhida: 4 – Bom")).toBeVisible();
  await expect(page.getByRole("radio", { name: "4 – Bom" })).toBeChecked();

  // Opening it recorded nothing: the ticket still asks for a rating.
  await page.getByRole("link", { name: number }).click();
  const toRate = page.getByRole("region", { name: "Avaliar Atendimento" });
  await expect(toRate.getByRole("button", { name: "Registrar avaliação" })).toBeVisible();
  await page.goBack();

  await page.getByLabel("Comentário (opcional)").fill("Resolvido rápido, obrigado.");
  await page.getByRole("button", { name: "Confirmar avaliação" }).click();
  await expect(page.getByText("Obrigado! Sua avaliação foi registrada.")).toBeVisible();

  await onTicketAs(page, "11144477735", number);
  const rating = page.getByRole("region", { name: "Avaliação do atendimento" });
  await expect(rating).toContainText("4 – Bom");
  await expect(rating).toContainText("Resolvido rápido, obrigado.");

  await page.goto("/agente/painel");
  const figures = page.getByRole("region", { name: "Avaliações dos últimos 30 dias" });
  await expect(
    figures.getByRole("table", { name: "Por grupo" }).getByRole("row", { name: /Atendimento N1/ }),
  ).toContainText(/\d,\d/);
  await expect(
    figures
      .getByRole("table", { name: "Por analista" })
      .getByRole("row", { name: /Analista Demo/ }),
  ).toBeVisible();
});
