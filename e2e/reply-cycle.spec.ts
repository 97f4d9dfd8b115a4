import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { recipientOf, startSmtpCatcher } from "../tests/support/smtp";
import { SMTP_PORT } from "../playwright.config";
import {
  e2eDatabaseUrl,
  onTicketAs,
  openQueue,
  openTicket,
  ticketHistory,
  ticketState,
} from "./helpers";

// The conversation before a solution: support asks for information, the requester answers (or
// is reminded, and the ticket closes without an answer); and "Reprovadas" lists a rejection.

const REQUESTER = "529.982.247-25";
const ANALYST = "111.444.777-35";

let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
test.beforeAll(async () => {
  smtp = await startSmtpCatcher(SMTP_PORT);
});
test.afterAll(() => smtp.stop());

/** `npm run job -- <name> --now <days from now>`, as cron runs it; returns its counts. */
function runJob(name: string, daysFromNow: number): Record<string, number> {
  const now = new Date(Date.now() + daysFromNow * 24 * 60 * 60_000).toISOString();
  const output = execFileSync("npm", ["run", "--silent", "job", "--", name, "--now", now], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
  });
  return JSON.parse(output.trim().split("\n").at(-1)!) as Record<string, number>;
}

const mailTo = (address: string, number: string, subject: string) =>
  smtp.waitFor(
    (m) =>
      recipientOf(m) === address && !!m.subject?.includes(number) && !!m.subject?.includes(subject),
  );

const queueRow = (page: Page, number: string) =>
  page.getByRole("row").filter({ has: page.getByRole("link", { name: number, exact: true }) });

test("an analyst asks for information and the requester's answer returns the ticket to them", async ({
  page,
}) => {
  const number = openTicket("start");
  await onTicketAs(page, ANALYST, number);
  await page.getByRole("button", { name: "Solicitar informações" }).click();
  await page.getByLabel("Informações solicitadas").fill("Qual é o número do seu CPF?");
  await page.getByRole("button", { name: "Enviar ao usuário" }).click();
  await expect(ticketState(page)).toContainText("Aguardando informações do usuário");
  await expect(page.getByRole("note")).toContainText("Sem resposta, será fechada em");

  // It leaves "Em Atendimento" for "Aguardando informações".
  await openQueue(page, "Em Atendimento");
  await expect(page.getByRole("link", { name: number, exact: true })).toHaveCount(0);
  await openQueue(page, "Aguardando informações");
  await expect(queueRow(page, number)).toContainText("Respondida");

  await onTicketAs(page, REQUESTER, number);
  await expect(ticketState(page)).toContainText("Aguardando informações do usuário");
  await expect(ticketHistory(page)).toContainText("Qual é o número do seu CPF?");
  await page.getByPlaceholder("Digite sua mensagem aqui...").fill("É 529.982.247-25.");
  await page.getByRole("button", { name: "Enviar" }).click();
  await expect(ticketHistory(page)).toContainText("Resposta do usuário recebida");
  await expect(ticketState(page)).toContainText("Em andamento");

  // The analyst is told, by e-mail.
  const mail = await mailTo("analista@suporte.example", number, "Nova resposta");
  expect(mail.text).toContain("É 529.982.247-25.");
});

test("a requester who never answers is reminded, then the ticket closes without an answer", async ({
  page,
}) => {
  const number = openTicket("start", "askForInfo");
  expect(runJob("info-reminder", 10).reminded).toBeGreaterThanOrEqual(1);
  const reminder = await mailTo("requerente@prefeitura.example", number, "Lembrete");
  expect(reminder.text).toContain("Aguardamos suas informações");

  expect(runJob("info-close", 25).closed).toBeGreaterThanOrEqual(1);
  await onTicketAs(page, REQUESTER, number);
  await expect(ticketState(page)).toContainText("Fechada");
  await expect(ticketHistory(page)).toContainText("Fechada sem retorno do usuário");
  await expect(ticketHistory(page)).toContainText("Lembrete enviado ao usuário");
});

test("'Reprovadas' lists a rejected solution, whose turn the filter knows", async ({ page }) => {
  const number = openTicket("start", "resolve");
  await onTicketAs(page, REQUESTER, number);
  await page.getByRole("button", { name: "Rejeitar Solução" }).click();
  await page.getByLabel("Motivo da Rejeição").fill("Continuo sem acesso.");
  await page.getByRole("button", { name: "Confirmar rejeição" }).click();
  await expect(ticketState(page)).toContainText("Em andamento");

  await page.context().clearCookies();
  await onTicketAs(page, ANALYST, number);
  await openQueue(page, "Reprovadas");
  await expect(queueRow(page, number)).toContainText("Aguardando resposta");
  await page.goto("/agente?fila=reprovadas&vez=respondida");
  await expect(page.getByRole("link", { name: number, exact: true })).toHaveCount(0);
});
