import { expect, test } from "@playwright/test";
import { openTicket, signIn } from "./helpers";

// An analyst turns a resolved ticket into an article, previews it, publishes it, edits it again
// and finds both saves in its history.
test("an analyst writes an article from a resolved ticket", async ({ page }) => {
  page.on("dialog", () => {
    throw new Error("An article ran a script.");
  });
  const number = openTicket("start", "resolve");
  const title = `Acesso ao GERID liberado ${Date.now()}`;
  await signIn(page, "11144477735");
  await page.goto(`/solicitacoes/${number}`);
  await page.getByRole("link", { name: "Criar artigo a partir deste chamado" }).click();

  await expect(page.getByRole("heading", { name: "Novo artigo" })).toBeVisible();
  const preview = page.getByRole("region", { name: "Pré-visualização" });
  // The ticket's solution is already in the draft, and the preview renders it.
  await expect(preview).toContainText("Acesso liberado: tente entrar de novo.");
  await page.getByLabel("Título").fill(title);
  await page.getByLabel("Categoria").selectOption({ label: "Acesso e senhas" });
  const body = page.getByLabel("Texto (Markdown)");
  const attempt = "<script>alert(1)</script>";
  await body.fill(`${await body.inputValue()}\n**Peça para limpar o cache.**\n\n${attempt}\n`);
  await expect(preview.getByText("Peça para limpar o cache.")).toHaveJSProperty(
    "tagName",
    "STRONG",
  );
  await page.getByRole("button", { name: "Publicar" }).click();
  await expect(page.getByRole("status")).toHaveText("Artigo publicado.");

  await page.goto("/agente/conhecimento?estado=PUBLISHED");
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("Publicado");
  await row.getByRole("link", { name: title }).click();
  await page.getByLabel("Resumo").fill("Como o acesso ao GERID volta a funcionar.");
  await page.getByRole("button", { name: "Publicar" }).click();
  await expect(page.getByRole("status")).toHaveText("Artigo publicado.");

  await page.getByRole("link", { name: "Histórico de versões" }).click();
  const versions = page.getByRole("table", { name: "Versões" });
  await expect(versions.getByRole("link", { name: /^Versão \d$/ })).toHaveText([
    "Versão 2",
    "Versão 1",
  ]);
  await expect(versions.getByRole("row", { name: /Versão 2/ })).toContainText("resumo");

  // A stored-script attempt in the body reaches readers as text, and runs nothing.
  await page.goBack();
  await page.getByRole("link", { name: "Ver como leitor" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText(attempt)).toBeVisible();
});
