import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_LOGINS } from "../prisma/demo/people";
import { e2eDatabaseUrl, signIn } from "./helpers";

/**
 * The README's pictures: each role signs in on the demo and its main screens are shot at a fixed
 * viewport. `npm run screenshots` (scripts/screenshots.ts) runs this spec with the portal's clock
 * set to DEMO_CLOCK and writes into docs/screenshots/; the e2e suite runs it on the live demo and
 * keeps the pictures among its results. Either way a screen that shows an error, or the empty
 * state the demo should have filled, fails the spec.
 */

const folder = process.env.SCREENSHOTS_DIR;
const clock = process.env.DEMO_CLOCK ? new Date(process.env.DEMO_CLOCK) : null;

test.use({ viewport: { width: 1280, height: 800 } });

/** What no screen of the demo may show: an error, or an empty state the demo fills. */
const EMPTY_OR_BROKEN = [
  "Algo deu errado",
  "Nenhum ticket nesta fila.",
  "Nenhuma solicitação encontrada.",
  "aparecerão aqui",
  "Página não encontrada",
];

/**
 * The number of the month's ticket whose solution was rejected, then solved again: the oldest
 * such GERID ticket of the demo requester, as other specs on the same database write their own
 * rejected-then-closed tickets today.
 */
async function rejectedThenSolved(): Promise<string> {
  const { createPrismaClient } = await import("../lib/db/client");
  const db = createPrismaClient(e2eDatabaseUrl());
  try {
    const ticket = await db.ticket.findFirstOrThrow({
      where: {
        rejectionCount: { gt: 0 },
        state: "CLOSED",
        requester: { name: "Requerente Demo" },
        item: { slug: "gerid" },
      },
      orderBy: { createdAt: "asc" },
      select: { number: true },
    });
    return ticket.number;
  } finally {
    await db.$disconnect();
  }
}

const login = (name: string) => DEMO_LOGINS.find((l) => l.name === name)!.cpf;

async function as(page: Page, name: string) {
  await page.context().clearCookies();
  if (clock) await page.clock.install({ time: clock });
  await signIn(page, login(name));
  // The privacy notice greets each person once: acknowledged, it leaves the screens to the demo.
  const notice = page.getByRole("region", { name: "Aviso de privacidade" });
  if (await notice.isVisible()) {
    await notice.getByRole("button", { name: "Li e entendi" }).click();
    await expect(notice).toBeHidden();
  }
}

async function shoot(page: Page, name: string) {
  for (const text of EMPTY_OR_BROKEN) await expect(page.getByText(text)).toHaveCount(0);
  const file = folder ? path.join(folder, `${name}.png`) : test.info().outputPath(`${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
}

test("requester: home, catalogue item form, requests and a ticket's timeline", async ({ page }) => {
  await as(page, "Requerente Demo");
  await expect(page.getByRole("heading", { name: "Página Inicial" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Itens Populares" })).toBeVisible();
  await shoot(page, "01-inicio-requerente");

  await page.goto("/catalogo/item/gerid");
  await expect(page.getByLabel("Motivo")).toBeVisible();
  await shoot(page, "02-formulario-do-item");

  await page.goto("/solicitacoes");
  await expect(page.getByRole("heading", { name: "Minhas Solicitações" })).toBeVisible();
  await shoot(page, "03-minhas-solicitacoes");

  // The month's rejected-then-solved ticket: its timeline tells the whole story.
  await page.goto(`/solicitacoes/${await rejectedThenSolved()}`);
  await expect(page.getByRole("region", { name: "Histórico" })).toContainText("Ana Paula");
  await shoot(page, "04-solicitacao-com-historico");
});

test("analyst: the queue waiting for service and the dashboard", async ({ page }) => {
  await as(page, "Analista Demo");
  await page.goto("/agente?fila=ag-atendimento");
  await expect(page.getByRole("heading", { name: "Ag. Atendimento", level: 1 })).toBeVisible();
  await shoot(page, "05-fila-do-analista");

  await page.goto("/agente/painel");
  // Every panel has tickets; the next hour's deadlines only in business hours (the fixed clock's).
  const panels = page.locator("main section").filter({ has: page.getByRole("heading") });
  await expect(panels.first()).toBeVisible();
  for (const panel of await panels.all()) {
    const title = (await panel.getByRole("heading").first().textContent()) ?? "";
    if (clock || !title.includes("próxima hora"))
      await expect(panel.getByText("Nenhum.", { exact: true }), title).toHaveCount(0);
  }
  await shoot(page, "06-painel");
});

test("admin: the catalogue builder and the reports", async ({ page }) => {
  await as(page, "Administrador Demo");
  await page.goto("/admin/catalogo");
  await page.getByRole("link", { name: "GERID", exact: true }).first().click();
  // The form's own fields, where "Adicionar campo" adds one.
  const field = page.getByRole("group", { name: "Campo 1" });
  await expect(field.getByLabel("Rótulo")).toHaveValue("Motivo");
  await field.evaluate((group) => group.scrollIntoView());
  await shoot(page, "07-construtor-do-catalogo");

  await page.goto("/relatorios");
  const volume = page.getByRole("region", { name: "Volume", exact: true });
  await expect(volume.getByRole("figure", { name: "Gráfico: Volume" })).toBeVisible();
  await volume.evaluate((region) => region.scrollIntoView());
  await shoot(page, "08-relatorios");
});

test("organization manager: the organizations' requests", async ({ page }) => {
  await as(page, "Gestora Estado Demo");
  await page.goto("/organizacao");
  await expect(page.getByRole("heading", { name: "Solicitações da organização" })).toBeVisible();
  await shoot(page, "09-gestora-da-organizacao");
});

test("the other municipality's requester and the Relacionamento analyst find their month too", async ({
  page,
}) => {
  const theirs = await rejectedThenSolved(); // Prefeitura Municipal de Demonstração's
  await as(page, "Marina Costa");
  await page.goto("/solicitacoes");
  await expect(page.getByRole("link", { name: /^CS\d+$/ }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: theirs })).toHaveCount(0);
  for (const text of EMPTY_OR_BROKEN) await expect(page.getByText(text)).toHaveCount(0);
  await page.goto(`/solicitacoes/${theirs}`);
  await expect(page.getByRole("heading", { name: "Página não encontrada" })).toBeVisible();

  await as(page, "Analista Relacionamento Demo");
  await page.goto("/agente?fila=todos");
  await expect(page.getByRole("link", { name: /^CS\d+$/ }).first()).toBeVisible();
  for (const text of EMPTY_OR_BROKEN) await expect(page.getByText(text)).toHaveCount(0);
});
