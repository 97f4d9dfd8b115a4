import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/demo-data";
import { openTicket, runFixture, signIn } from "./helpers";

const REQUESTER = "529.982.247-25";
const ANALYST = "111.444.777-35";
const ADMIN = "123.456.789-09";

/** Signs `cpf` in (whoever was before signed out) and acknowledges the privacy notice once. */
async function signInAs(page: Page, cpf: string) {
  await page.context().clearCookies();
  await signIn(page, cpf);
  const notice = page.getByRole("region", { name: "Aviso de privacidade" });
  if (await notice.isVisible()) {
    await notice.getByRole("button", { name: "Li e entendi" }).click();
    await expect(notice).toBeHidden();
  }
}

test("the access log shows an analyst's visit, and the requester downloads their data once", async ({
  page,
}) => {
  const mine = openTicket();
  const someoneElses = runFixture("e2e/support/privacy-fixture.ts", "other");

  await signInAs(page, ANALYST);
  await page.goto(`/solicitacoes/${mine}`);
  await expect(page.getByRole("heading", { name: `${mine} – GERID` })).toBeVisible();

  await signInAs(page, REQUESTER);
  await page.goto("/perfil");
  const accesses = page.getByRole("table", { name: "Quem acessou meus dados" });
  await expect(
    accesses
      .getByRole("row")
      .filter({ hasText: `Solicitação ${mine}` })
      .first(),
  ).toContainText("Analista Demo");

  await page.getByRole("button", { name: "Baixar meus dados" }).click();
  await expect(
    page.getByText("Avisaremos por e-mail quando o arquivo estiver pronto."),
  ).toBeVisible();
  // The portal's data-export job builds it within its next runs (every 15 seconds).
  const download = page.getByRole("link", { name: "Baixar JSON" }).first();
  await expect(async () => {
    await page.reload();
    await expect(download).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  const href = (await download.getAttribute("href"))!;
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  const data = JSON.parse(fs.readFileSync((await file.path())!, "utf8")) as {
    profile: { name: string };
    tickets: { number: string }[];
  };
  expect(data.profile.name).toBe("Requerente Demo");
  const numbers = data.tickets.map((t) => t.number);
  expect(numbers).toContain(mine);
  expect(numbers).not.toContain(someoneElses);
  // Once: the same address now finds nothing, for the owner as for anyone.
  expect((await page.request.get(href)).status()).toBe(404);
});

test("an admin anonymizes a user after an approved deletion request", async ({ page }) => {
  const [ticket, request] = runFixture("e2e/support/privacy-fixture.ts", "person").split(" ");

  await signInAs(page, ADMIN);
  await page.goto("/admin/usuarios?busca=Anonimiz%C3%A1vel");
  await expect(page.getByText("***.411.347-**")).toBeVisible(); // masked in the list
  await page.getByRole("link", { name: "Pessoa Anonimizável" }).click();
  const panel = page.getByRole("form", { name: "Anonimizar usuário (LGPD)" });
  await panel.getByLabel("Número do pedido de exclusão").fill(ticket!);
  await panel.getByLabel("Entendo que a anonimização é definitiva").check();
  await panel.getByRole("button", { name: "Anonimizar" }).click();
  await expect(page.getByText("Informe um pedido de exclusão deste usuário")).toBeVisible();
  await panel.getByLabel("Número do pedido de exclusão").fill(request!);
  await panel.getByRole("button", { name: "Anonimizar" }).click();
  // The page now shows the anonymized account, not its form.
  await expect(page.getByText(/^Conta anonimizada em/)).toBeVisible();

  for (const path of [
    `/solicitacoes/${ticket}`,
    `/solicitacoes/${request}`,
    "/admin/usuarios?busca=Anonimiz%C3%A1vel",
    "/admin/usuarios?busca=93541134780",
    "/admin/auditoria",
    "/agente?busca=Anonimiz%C3%A1vel",
    "/pesquisa?busca=Anonimiz%C3%A1vel",
  ]) {
    await page.goto(path);
    const text = await page.locator("body").innerText();
    for (const trace of [
      "Pessoa Anonimizável",
      "935.411.347-80",
      "***.411.347-**",
      "pessoa.anonimizavel",
    ])
      expect(text, `${trace} on ${path}`).not.toContain(trace);
  }
  await page.goto(`/solicitacoes/${ticket}`);
  await expect(page.getByText("Usuário anonimizado").first()).toBeVisible();

  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("CPF").fill("935.411.347-80");
  await page.getByLabel("Senha").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page.getByText("CPF ou senha incorretos.")).toBeVisible();
});
