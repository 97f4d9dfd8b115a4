import { expect, test } from "@playwright/test";
import { recipientOf, startSmtpCatcher } from "../tests/support/smtp";
import { SMTP_PORT } from "../playwright.config";
import { DEMO_PASSWORD } from "../prisma/demo-data";
import { openTicket, passwordMailTo, signIn } from "./helpers";

let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
test.beforeAll(async () => {
  smtp = await startSmtpCatcher(SMTP_PORT);
});
test.afterAll(() => smtp.stop());

test("the ticket-created e-mail arrives and its link opens the ticket after signing in", async ({
  page,
}) => {
  const number = openTicket();
  const mail = await smtp.waitFor(
    (m) => recipientOf(m) === "requerente@prefeitura.example" && !!m.subject?.includes(number),
  );
  expect(mail.subject).toBe(`[${number}] Solicitação registrada – GERID`);
  const link = new RegExp(`https?://\\S+/solicitacoes/${number}`).exec(mail.text ?? "")?.[0];
  expect(link).toBeTruthy();

  await page.goto(link!);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("CPF").fill("529.982.247-25");
  await page.getByLabel("Senha").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page.getByRole("heading", { name: `${number} – GERID` })).toBeVisible();
  await expect(page.getByText("Não consigo acessar o GERID desde ontem.")).toBeVisible();
});

test("the admin sees the outbox and each rendered e-mail", async ({ page }) => {
  const number = openTicket();
  await smtp.waitFor(
    (m) => recipientOf(m) === "analista@suporte.example" && !!m.subject?.includes(number),
  );

  await signIn(page, "123.456.789-09");
  await page.goto("/admin");
  await page.getByRole("link", { name: "E-mails", exact: true }).click();
  await expect(page.getByRole("heading", { name: "E-mails", exact: true })).toBeVisible();
  await page.getByLabel("Destinatário ou número da solicitação").fill(number);
  await page.getByRole("button", { name: "Filtrar" }).click();
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: "analista@suporte.example" })).toContainText("Enviado");
  await expect(rows.filter({ hasText: "acompanhante@prefeitura.example" })).toHaveCount(1);

  await rows
    .filter({ hasText: "requerente@prefeitura.example" })
    .getByRole("link", { name: `[${number}] Solicitação registrada – GERID` })
    .click();
  await expect(
    page.getByRole("heading", { name: `[${number}] Solicitação registrada – GERID` }),
  ).toBeVisible();
  const html = page.frameLocator('iframe[title="Versão HTML do e-mail"]');
  await expect(
    html.getByRole("heading", { name: `Solicitação ${number} registrada` }),
  ).toBeVisible();
  await expect(html.getByRole("link", { name: "Ver solicitação" })).toHaveAttribute(
    "href",
    new RegExp(`/solicitacoes/${number}$`),
  );
});

test("a password link is delivered but never shown to the admin", async ({ page }) => {
  await page.goto("/esqueci-senha");
  await page.getByLabel("E-mail").fill("relacionamento@suporte.example");
  await page.getByRole("button", { name: "Enviar link" }).click();
  await smtp.waitFor(passwordMailTo("relacionamento@suporte.example"));
  await signIn(page, "123.456.789-09");
  await page.goto("/admin/emails?busca=relacionamento");
  await page
    .getByRole("link", { name: "Definição de senha – Portal de Atendimento" })
    .first()
    .click();
  await expect(page.getByText("Conteúdo oculto")).toBeVisible();
  await expect(page.locator("iframe")).toHaveCount(0);
});
