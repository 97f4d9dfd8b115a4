import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// The demo knowledge base (prisma/demo-knowledge.ts): a public article with votes and a comment,
// and an internal one that only support may read.
const PUBLIC = "/base-de-conhecimento/artigo/como-acessar-o-gerid";
const INTERNAL = "/base-de-conhecimento/artigo/procedimento-interno-de-desbloqueio-gerid";
const TITLE = "Como acessar o GERID pela primeira vez";

test("a visitor reads a public article, never an internal one, and is asked to sign in", async ({
  page,
}) => {
  await page.goto("/base-de-conhecimento");
  await expect(page.getByRole("heading", { name: "Base de Conhecimento", level: 1 })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Pesquisar" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Desbloqueio/i })).toHaveCount(0);
  await page
    .getByRole("region", { name: "Mais acessados" })
    .getByRole("link", { name: TITLE })
    .click();

  await expect(page.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
  const breadcrumb = page.getByRole("navigation", { name: "Você está em" });
  await expect(breadcrumb.getByRole("link", { name: "Base de Conhecimento" })).toBeVisible();
  await expect(breadcrumb.getByRole("link", { name: "GERID e perfis de acesso" })).toBeVisible();
  for (const section of ["Dúvida", "Ambiente", "Solução"]) {
    await expect(page.getByRole("heading", { name: section, level: 2 })).toBeVisible();
  }
  await expect(page.getByText(/^Última atualização: /)).toBeVisible();
  await expect(page.getByText("Usuários que acharam isso útil: 2 de 3")).toBeVisible();
  await expect(page.getByRole("link", { name: "Entre para avaliar este artigo" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Por favor, entre para comentar" })).toHaveAttribute(
    "href",
    `/login?callbackUrl=${encodeURIComponent(PUBLIC)}`,
  );

  const response = await page.goto(INTERNAL);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Página não encontrada" })).toBeVisible();
});

test("a requester changes their vote and comments, and markup stays text", async ({ page }) => {
  page.on("dialog", () => {
    throw new Error("A comment ran a script.");
  });
  await signIn(page, "529.982.247-25");
  await page.goto(PUBLIC);
  const box = page.getByRole("region", { name: "Esse artigo foi útil?" });

  // The demo requester said "Sim" already: "Não" takes one away, "Sim" gives it back.
  await box.getByRole("button", { name: "Não" }).click();
  await expect(box.getByText("Usuários que acharam isso útil: 1 de 3")).toBeVisible();
  await expect(box.getByRole("button", { name: "Não" })).toHaveAttribute("aria-pressed", "true");
  await expect(box.getByLabel("O que faltou neste artigo? (opcional)")).toBeVisible();
  await box.getByRole("button", { name: "Sim" }).click();
  await expect(box.getByText("Usuários que acharam isso útil: 2 de 3")).toBeVisible();
  await expect(box.getByRole("button", { name: "Sim" })).toHaveAttribute("aria-pressed", "true");

  const comment = "Muito bom <script>alert(1)</script>";
  await page.getByLabel("Seu comentário").fill(comment);
  await page.getByRole("button", { name: "Comentar" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: comment })).toBeVisible();
  await expect(page.getByLabel("Seu comentário")).toHaveValue("");
  await expect(page.getByRole("heading", { name: "2 Comentários" })).toBeVisible();
});

test("support hides a comment with a reason; readers no longer see it", async ({ page }) => {
  const demoComment = "Funcionou aqui na prefeitura.";
  await signIn(page, "111.444.777-35");
  await page.goto(PUBLIC);
  const comment = page.getByRole("listitem").filter({ hasText: demoComment });
  await comment.getByText("Ocultar comentário").click();
  await comment.getByLabel("Motivo").fill("Duplicado de outro comentário.");
  await comment.getByRole("button", { name: "Ocultar" }).click();
  await expect(
    comment.getByText("Comentário oculto por Analista Demo: Duplicado de outro comentário."),
  ).toBeVisible();

  await page.context().clearCookies();
  await page.goto(PUBLIC);
  await expect(page.getByRole("link", { name: "Por favor, entre para comentar" })).toBeVisible();
  await expect(page.getByText(demoComment)).toHaveCount(0);
});
