import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// The admin builds a catalogue item with its form, previews it, and a requester opens a ticket
// with it. Each step works on what the one before made: they run in order, and a failed step
// skips the rest (a retry runs them all again, on a category of its own).
test.describe.configure({ mode: "serial" });

const ADMIN = "123.456.789-09";
const REQUESTER = "529.982.247-25";
// A retry must not meet the category of the failed attempt.
const CATEGORY = `Meio Ambiente ${Date.now().toString(36)}`;
/** The admin's editor of the item, and the requesters' page of it, once made. */
let editUrl = "";
let itemUrl = "";

test("the admin creates a category, which needs a name", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin");
  await page
    .getByRole("navigation", { name: "Administração" })
    .getByRole("link", { name: "Catálogo" })
    .click();
  await expect(page.getByRole("heading", { name: "Catálogo", level: 1 })).toBeVisible();

  const categoryForm = page.getByRole("form", { name: "Nova categoria" });
  await categoryForm.getByRole("button", { name: "Salvar categoria" }).click();
  await expect(categoryForm.getByText("Informe o nome.")).toBeVisible();
  await categoryForm.getByLabel("Nome").fill(CATEGORY);
  await categoryForm.getByRole("button", { name: "Salvar categoria" }).click();
  const tree = page.getByRole("list", { name: "Categorias e itens" });
  await expect(tree).toContainText(CATEGORY);
});

test("in it, an item with three kinds of field, checked next to the fields and previewed", async ({
  page,
}) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/catalogo");
  await page.getByRole("link", { name: `Novo item em ${CATEGORY}` }).click();
  await expect(page.getByRole("heading", { name: "Novo item" })).toBeVisible();
  const editor = page.getByRole("form", { name: "Item do catálogo" });
  await expect(editor.getByLabel("Categoria")).toHaveValue(/.+/);
  await editor.getByLabel("Título", { exact: true }).fill("Licença Ambiental");
  await editor.getByLabel("Subtítulo").fill("Prévia, de instalação ou de operação");
  await editor.getByLabel("Grupo de atendimento").selectOption({ label: "Atendimento N1" });

  // Three fields: a required text, a list of options and a fixed value.
  await editor.getByRole("button", { name: "Adicionar campo" }).click();
  const first = editor.getByRole("group", { name: "Campo 1" });
  await first.getByLabel("Rótulo").fill("Número do processo");
  await first.getByLabel("Rótulo").blur();
  await expect(first.getByLabel("Chave")).toHaveValue("numero_do_processo");
  await first.getByLabel("Obrigatório").check();

  await editor.getByRole("button", { name: "Adicionar campo" }).click();
  const second = editor.getByRole("group", { name: "Campo 2" });
  await second.getByLabel("Rótulo").fill("Tipo de licença");
  await second.getByLabel("Tipo", { exact: true }).selectOption({ label: "Lista de opções" });
  await second.getByLabel("Obrigatório").check();

  await editor.getByRole("button", { name: "Adicionar campo" }).click();
  const third = editor.getByRole("group", { name: "Campo 3" });
  await third.getByLabel("Rótulo").fill("Órgão");
  await third.getByLabel("Tipo", { exact: true }).selectOption({ label: "Valor fixo" });

  // Refused next to the fields: a list without options, a fixed field without its value.
  await editor.getByRole("button", { name: "Salvar item" }).click();
  await expect(second.getByText("Informe ao menos uma opção.")).toBeVisible();
  await expect(third.getByText("Informe o valor fixo.")).toBeVisible();
  await second.getByLabel("Opções (uma por linha)").fill("Prévia\nInstalação\nOperação");
  await third.getByLabel("Valor fixo").fill("SEMA");

  // The preview is the requester's form, as typed so far; "Enviar" there checks and sends nothing.
  const preview = page.getByRole("region", { name: "Pré-visualização" });
  await expect(preview.getByText("Licença Ambiental")).toBeVisible();
  await expect(preview.getByLabel("Número do processo")).toBeVisible();
  await expect(preview.getByLabel("Tipo de licença").locator("option")).toHaveText([
    "Selecione",
    "Prévia",
    "Instalação",
    "Operação",
  ]);
  await expect(preview.getByLabel("Órgão")).toHaveValue("SEMA");
  await preview.getByRole("button", { name: "Enviar" }).click();
  await expect(preview.getByText("Campo obrigatório.")).toHaveCount(2);
  await preview.getByLabel("Número do processo").fill("2026/0042");
  await preview.getByLabel("Tipo de licença").selectOption("Operação");
  await preview
    .getByRole("textbox", { name: "Descrição", exact: true })
    .fill("Teste da pré-visualização.");
  await preview.getByRole("button", { name: "Enviar" }).click();
  await expect(preview.getByRole("status")).toContainText("Nada foi enviado.");

  await editor.getByRole("button", { name: "Salvar item" }).click();
  await expect(page.getByRole("heading", { name: "Editar item: Licença Ambiental" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Item salvo." })).toBeVisible();
  editUrl = page.url();
});

test("a requester finds the item in the catalogue and opens a ticket with it", async ({ page }) => {
  await signIn(page, REQUESTER);
  await page.goto("/catalogo");
  await page.getByRole("link", { name: CATEGORY }).click();
  await page.getByRole("link", { name: /Licença Ambiental/ }).click();
  await expect(page.getByRole("heading", { name: "Licença Ambiental" })).toBeVisible();
  itemUrl = page.url();
  await expect(page.getByLabel("Órgão")).toHaveValue("SEMA");
  await page.getByLabel("Número do processo").fill("2026/0042");
  await page.getByLabel("Tipo de licença").selectOption("Instalação");
  await page.getByLabel("Descrição").fill("Preciso da licença de instalação da estação.");
  await page.getByRole("button", { name: "Enviar" }).click();

  await expect(page).toHaveURL(/\/solicitacoes\/CS\d{7}$/);
  const details = page.getByRole("region", { name: "Detalhes da Solicitação" });
  await expect(details).toContainText("Número do processo");
  await expect(details).toContainText("2026/0042");
  await expect(details).toContainText("Instalação");
  await expect(details).toContainText("SEMA");
});

test("a required question added while a requester fills the form: Enviar says so, a reload shows it", async ({
  page,
  browser,
}) => {
  await signIn(page, REQUESTER);
  await page.goto(itemUrl);
  await expect(page.getByRole("heading", { name: "Licença Ambiental" })).toBeVisible();
  await page.getByLabel("Número do processo").fill("2026/0043");
  await page.getByLabel("Tipo de licença").selectOption("Prévia");
  await page.getByLabel("Descrição").fill("Outra licença.");
  const adminContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const admin = await adminContext.newPage();
  await signIn(admin, ADMIN);
  await admin.goto(editUrl);
  const adminEditor = admin.getByRole("form", { name: "Item do catálogo" });
  await adminEditor.getByRole("button", { name: "Adicionar campo" }).click();
  const fourth = adminEditor.getByRole("group", { name: "Campo 4" });
  await fourth.getByLabel("Rótulo").fill("Município");
  await fourth.getByLabel("Chave").fill("municipio");
  await fourth.getByLabel("Obrigatório").check();
  await adminEditor.getByRole("button", { name: "Salvar item" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Item salvo." })).toBeVisible();
  await adminContext.close();

  await page.getByRole("button", { name: "Enviar" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "O formulário deste serviço foi alterado" }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Município")).toBeVisible();
});
