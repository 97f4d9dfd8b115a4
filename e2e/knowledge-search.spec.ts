import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// "Pesquisar" over the demo data: catalogue items and knowledge base articles together.
const REQUESTER = "529.982.247-25";
const INTERNAL = "Procedimento interno de desbloqueio de usuário no GERID";

test("a requester finds a service and an article from the home page, the word highlighted", async ({
  page,
}) => {
  await signIn(page, REQUESTER);
  await page.goto("/");
  const search = page.getByRole("search");
  await search.getByRole("searchbox", { name: "Pesquisar" }).fill("senha gerid");
  await search.getByRole("button", { name: "Pesquisar" }).click();

  await expect(page).toHaveURL(/\/pesquisa\?busca=senha\+gerid/);
  await expect(page.getByRole("status")).toContainText(/resultados? para “senha gerid”/);
  const results = page.getByRole("listitem");
  const article = results.filter({
    has: page.getByRole("link", { name: "Senha expirada ou usuário bloqueado no GERID" }),
  });
  await expect(article.getByText("Artigo", { exact: true })).toBeVisible();
  await expect(
    article
      .locator("mark")
      .filter({ hasText: /^senhas?$/i })
      .first(),
  ).toBeVisible();

  // Without accents or capitals: "cadunico" finds the item under "CADÚNICO".
  await search.getByRole("searchbox", { name: "Pesquisar" }).fill("cadunico");
  await search.getByRole("button", { name: "Pesquisar" }).click();
  const item = results.filter({
    has: page.getByRole("link", { name: "Portal Rede Atendimento", exact: true }),
  });
  await expect(item.getByText("Serviço", { exact: true })).toBeVisible();
  await expect(item).toContainText("CADÚNICO");
  await expect(page.getByRole("link", { name: INTERNAL })).toHaveCount(0);
});

test("a signed-out visitor finds public articles only, never the internal one", async ({
  page,
}) => {
  await page.goto("/pesquisa");
  const search = page.getByRole("search");
  await search.getByRole("searchbox", { name: "Pesquisar" }).fill("desbloqueio gerid");
  await search.getByRole("button", { name: "Pesquisar" }).click();
  await expect(page.getByRole("status")).toContainText("desbloqueio gerid");
  await expect(page.getByText("para pesquisar também os serviços do Catálogo")).toBeVisible();

  await search.getByRole("searchbox", { name: "Pesquisar" }).fill("gerid");
  await search.getByRole("button", { name: "Pesquisar" }).click();
  await expect(
    page.getByRole("link", { name: "Como acessar o GERID pela primeira vez" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: INTERNAL })).toHaveCount(0);
  await expect(page.getByText("Serviço", { exact: true })).toHaveCount(0);
});
