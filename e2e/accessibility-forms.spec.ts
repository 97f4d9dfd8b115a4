import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/db/client";
import { e2eDatabaseUrl, openTicket, signIn } from "./helpers";
import { tabTo } from "./support/keyboard";

/**
 * What axe-core cannot see in forms and widgets (issue 20): focus after errors and after
 * actions with a polite announcement, the dialog's focus, the people picker as a combobox, the
 * top-bar menus, input purposes and required marks, and the session's time limit.
 */
const REQUESTER = "529.982.247-25";

test("errors and new content take the focus, and the dialog traps and returns it", async ({
  page,
}) => {
  const number = openTicket();
  await signIn(page, REQUESTER);
  // A refused request form: focus on its first refused field, which names its error.
  await page.goto("/catalogo/item/gerid");
  await page.getByRole("button", { name: "Enviar" }).click();
  const motivo = page.getByLabel("Motivo");
  await expect(motivo).toBeFocused();
  await expect(motivo).toHaveAttribute("aria-invalid", "true");
  await expect(motivo).toHaveAccessibleDescription(/Selecione/);

  await page.goto(`/solicitacoes/${number}`);
  const message = page.getByRole("textbox", { name: "Mensagem" });
  await page.getByRole("button", { name: "Enviar" }).click();
  await expect(message).toBeFocused();
  await expect(message).toHaveAttribute("aria-invalid", "true");
  await page.keyboard.type("Segue o print da tela de erro.");
  await page.getByRole("button", { name: "Enviar" }).click();
  // The new message has the focus and the live region said it was sent.
  const newest = page.locator("#evento-mais-recente");
  await expect(newest).toBeFocused();
  await expect(newest).toContainText("Segue o print da tela de erro.");
  await expect(
    page.locator("[aria-live=polite]").filter({ hasText: "Mensagem enviada." }),
  ).toHaveCount(1);

  // The dialog keeps the focus inside while open, and gives it back to its opener.
  const opener = page.getByRole("button", { name: "Cancelar Solicitação" });
  await opener.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Cancelar Solicitação" });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press(i % 2 ? "Shift+Tab" : "Tab");
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test("the people picker is a combobox and the top-bar menus open and close by keyboard", async ({
  page,
}) => {
  await signIn(page, REQUESTER);
  await page.goto("/catalogo/item/gerid");
  const picker = page.getByRole("combobox", { name: "Procurar pelo nome" });
  await picker.focus();
  // Escape closes the list and keeps the text; a second Escape empties the field.
  await page.keyboard.type("demo");
  await expect(picker).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(picker).toHaveAttribute("aria-expanded", "false");
  await expect(picker).toHaveValue("demo");
  await page.keyboard.press("Escape");
  await expect(picker).toHaveValue("");
  // Typing opens the list box; Down makes an option active; Enter picks it.
  await page.keyboard.type("demo");
  const options = page.getByRole("listbox", { name: "Pessoas encontradas" }).getByRole("option");
  await expect(options.first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  const first = await options.first().getAttribute("id");
  await expect(picker).toHaveAttribute("aria-activedescendant", first!);
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  const name = (await options.first().textContent())!;
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: `Remover ${name}` })).toBeVisible();
  await expect(picker).toBeFocused();
  await expect(picker).toHaveValue("");

  // The "Solicitações" menu: Enter opens it, arrows move through it, Escape closes it.
  const menuButton = page.getByRole("button", { name: "Solicitações" });
  await tabTo(page, menuButton, { back: true });
  await page.keyboard.press("Enter");
  await expect(menuButton).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("link", { name: "Ver minhas solicitações" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("link", { name: "Ver meus acompanhamentos" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  await expect(menuButton).toBeFocused();
});

test("forms name their purpose, mark what is required and tie hints and errors to fields", async ({
  page,
}) => {
  await page.goto("/esqueci-senha");
  await expect(page.getByLabel("E-mail")).toHaveAttribute("autocomplete", "email");
  await signIn(page, REQUESTER);
  await page.goto("/perfil");
  await expect(page.getByLabel("Telefone", { exact: true })).toHaveAttribute("autocomplete", "tel");
  await page.goto("/catalogo/item/gerid");
  await expect(page.getByLabel("Telefone Adicional")).toHaveAttribute("autocomplete", "tel");
  await expect(page.getByText("* Indica campo obrigatório")).toBeVisible();
  const motivo = page.getByLabel("Motivo");
  await expect(motivo).toHaveAttribute("aria-required", "true");
  await expect(motivo).toHaveAccessibleDescription("Selecione o motivo da sua solicitação.");
});

test("the session warns before it ends and can be extended", async ({ page, request }) => {
  await signIn(page, REQUESTER);
  const db = createPrismaClient(e2eDatabaseUrl());
  try {
    const user = await db.user.findUniqueOrThrow({ where: { cpf: "52998224725" } });
    const session = await db.userSession.findFirstOrThrow({
      where: { userId: user.id, endedAt: null },
      orderBy: { createdAt: "desc" },
    });
    // Four minutes left: less than the five the warning gives.
    await db.userSession.update({
      where: { id: session.id },
      data: { expiresAt: new Date(Date.now() + 4 * 60_000) },
    });
    await page.reload();
    const warning = page.getByRole("dialog", { name: "Sua sessão vai terminar" });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText("termina em 4 minutos");
    await expect(warning.getByRole("button", { name: "Continuar conectado" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(warning).toBeHidden();
    const renewed = await db.userSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now() + 7 * 60 * 60_000);
    await page.reload();
    await expect(page.getByRole("dialog", { name: "Sua sessão vai terminar" })).toBeHidden();
  } finally {
    await db.$disconnect();
  }
  // The route takes exactly its one field, from a signed-in person only (sent as the page would).
  const origin = { origin: new URL(page.url()).origin };
  const extra = await page.request.post("/api/sessao", {
    data: { extend: true, userId: "x" },
    headers: origin,
  });
  expect(extra.status()).toBe(400);
  const signedOut = await request.post("/api/sessao", { data: { extend: true }, headers: origin });
  expect(signedOut.status()).toBe(401);
});
