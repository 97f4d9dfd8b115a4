import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Issue 17: an article suggested beside the request form solves the problem, no ticket is
// opened, and the admins see the request counted as avoided. On the demo knowledge base
// (prisma/demo-knowledge.ts): "Como acessar o GERID pela primeira vez" is related to GERID.

const REQUESTER = "529.982.247-25";
const ADMIN = "123.456.789-09";
const ARTICLE = "Como acessar o GERID pela primeira vez";

/** How many requests "Minhas Solicitações" lists ("Linhas 1 - 20 de N"). */
async function myRequestCount(page: Page): Promise<number> {
  await page.goto("/solicitacoes");
  await expect(page.getByRole("heading", { name: "Minhas Solicitações" })).toBeVisible();
  const summary = await page.getByText(/^Linhas \d+ - \d+ de \d+$/).textContent();
  return Number(/de (\d+)$/.exec(summary ?? "")?.[1]);
}

test("an article beside the GERID form solves the problem: no ticket, one request avoided", async ({
  page,
}) => {
  await signIn(page, REQUESTER);
  const before = await myRequestCount(page);

  await page.goto("/catalogo/item/gerid");
  await page.getByLabel("Descrição").fill("Como faço para acessar o GERID pela primeira vez?");
  const suggestions = page.getByRole("complementary", { name: "Artigos que podem ajudar" });
  await suggestions.getByRole("button", { name: ARTICLE }).click();

  const dialog = page.getByRole("dialog", { name: ARTICLE });
  await expect(dialog.getByRole("heading", { name: "Solução" })).toBeVisible();
  await dialog.getByRole("button", { name: "Isso resolveu meu problema" }).click();

  await expect(
    page.getByRole("heading", {
      name: "Que bom que o artigo ajudou! Nenhuma solicitação foi aberta.",
    }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: `Ver o artigo “${ARTICLE}”` })).toHaveAttribute(
    "href",
    "/base-de-conhecimento/artigo/como-acessar-o-gerid",
  );
  await expect(page.getByLabel("Descrição")).toHaveCount(0);
  expect(await myRequestCount(page)).toBe(before);

  await page.context().clearCookies();
  await signIn(page, ADMIN);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Base de Conhecimento — resultados" }).click();
  const byArticle = page.getByRole("region", { name: "Por artigo" });
  const row = byArticle.getByRole("row").filter({ hasText: ARTICLE });
  // Sugerido, aberto, solicitações evitadas: at least this visit's one in each.
  await expect(row.getByRole("cell").last()).toHaveText(/^[1-9]\d*$/);
  await expect(
    byArticle.getByRole("columnheader", { name: "Solicitações evitadas" }),
  ).toBeVisible();
});
