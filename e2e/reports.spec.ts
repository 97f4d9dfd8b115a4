import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { E2E_AUTH_SECRET } from "../playwright.config";
import { openTicket, runFixture, signIn } from "./helpers";

const ADMIN = "12345678909";
const ANALYST = "11144477735"; // "Atendimento N1" only

test.beforeAll(() => {
  openTicket("start"); // a GERID ticket of the demo municipality, for "Atendimento N1"
  runFixture("e2e/support/report-fixture.ts", "refresh");
});

test("an admin filters the reports, reads a chart's table and downloads its CSV", async ({
  page,
}) => {
  await signIn(page, ADMIN);
  await page.getByRole("button", { name: "Administrador Demo" }).click();
  await page
    .getByRole("navigation", { name: "Principal" })
    .getByRole("link", { name: "Relatórios" })
    .click();
  await expect(page.getByRole("heading", { name: "Relatórios", level: 1 })).toBeVisible();

  const filters = page.getByRole("form", { name: "Filtros dos relatórios" });
  await filters.getByLabel("Período").selectOption({ label: "Últimos 7 dias" });
  await filters.getByLabel("Grupo").selectOption({ label: "Atendimento N1" });
  await filters.getByLabel("Organização (município ou estado)").selectOption({
    label: "Prefeitura Municipal de Demonstração",
  });
  await filters.getByRole("button", { name: "Filtrar" }).click();
  await expect(page).toHaveURL(/periodo=7d/);
  await expect(page).toHaveURL(/grupo=/);
  await expect(page).toHaveURL(/organizacao=/);

  const volume = page.getByRole("region", { name: "Volume" });
  await expect(volume.getByRole("figure", { name: "Gráfico: Volume" })).toBeVisible();
  const table = volume.getByRole("table", { name: "Volume: números" });
  await expect(table.getByRole("columnheader", { name: "Abertas" })).toBeVisible();
  const sla = page.getByRole("region", { name: "SLA por grupo" });
  await expect(sla.getByRole("rowheader", { name: "Atendimento N1" })).toBeVisible();
  await expect(sla.getByRole("rowheader", { name: "Relacionamento" })).toHaveCount(0);

  const download = page.waitForEvent("download");
  await volume.getByRole("link", { name: "Baixar CSV de Volume" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^relatorio-volume-\d{4}-\d{2}-\d{2}-a-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = fs.readFileSync((await file.path())!, "utf8");
  expect(csv.startsWith("\uFEFFDia;Abertas;Resolvidas;Fechadas;Canceladas\r\n")).toBe(true);
  const opened = csv
    .trim()
    .split("\r\n")
    .slice(1)
    .reduce((sum, line) => sum + Number(line.split(";")[1]), 0);
  expect(opened).toBeGreaterThanOrEqual(1);
});

test("an analyst's reports cover only their groups", async ({ page }) => {
  await signIn(page, ANALYST);
  await page.goto("/agente");
  await page.getByRole("link", { name: "Relatórios" }).first().click();
  await expect(page.getByRole("heading", { name: "Relatórios", level: 1 })).toBeVisible();
  await expect(page.getByText("dos seus grupos")).toBeVisible();
  const group = page.getByRole("form", { name: "Filtros dos relatórios" }).getByLabel("Grupo");
  await expect(group.getByRole("option", { name: "Atendimento N1" })).toHaveCount(1);
  await expect(group.getByRole("option", { name: "Relacionamento" })).toHaveCount(0);
  await expect(
    page
      .getByRole("region", { name: "SLA por grupo" })
      .getByRole("rowheader", { name: "Relacionamento" }),
  ).toHaveCount(0);
});

test("the weekly e-mail's link asks before it unsubscribes", async ({ page }) => {
  // The fixture signs the link as the portal does, with the portal's secret.
  process.env.AUTH_SECRET = E2E_AUTH_SECRET;
  const link = runFixture("e2e/support/report-fixture.ts", "subscribe", ANALYST);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Cancelar o resumo semanal" })).toBeVisible();
  // Opening the link changed nothing: the analyst is still subscribed.
  await signIn(page, ANALYST);
  await page.goto("/relatorios");
  await expect(
    page.getByRole("button", { name: "Cancelar o resumo semanal por e-mail" }),
  ).toBeVisible();
  await page.context().clearCookies();
  await page.goto(link);
  await page.getByRole("button", { name: "Confirmar cancelamento" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Pronto: você não receberá mais o resumo semanal.",
  );
  await signIn(page, ANALYST);
  await page.goto("/relatorios");
  await expect(
    page.getByRole("button", { name: "Receber o resumo semanal por e-mail" }),
  ).toBeVisible();
});
