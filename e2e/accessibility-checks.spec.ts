import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/db/client";
import { e2eDatabaseUrl, openTicket, signIn } from "./helpers";
import { expectNoAxeViolations } from "./support/axe";
import {
  expectNoHorizontalScroll,
  expectTargetsAtLeast24,
  expectVisibleFocusOnEveryStop,
  tabTo,
} from "./support/keyboard";

/**
 * What axe-core cannot see (issue 20): access keys, the focus indicator, focus after errors and
 * actions, dialogs, combobox and menus, reflow at 320 px and text at 200 %, target sizes,
 * reduced motion, the high-contrast theme and the session's time limit.
 */
const REQUESTER = "529.982.247-25";

test("the skip links come first and the access keys go to content, menu and search", async ({
  page,
}) => {
  await page.goto("/horario-de-atendimento");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Ir para o conteúdo" })).toBeFocused();
  await expect(page.getByRole("link", { name: "Ir para o conteúdo" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Ir para o menu" })).toBeFocused();
  await page.keyboard.press("Alt+1");
  await expect(page.locator("main")).toBeFocused();
  await page.keyboard.press("Alt+2");
  await expect(page.getByRole("navigation", { name: "Principal" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(
    page.getByRole("navigation", { name: "Principal" }).getByRole("link").first(),
  ).toBeFocused();
  // A page with its own search field: Alt+3 focuses it; elsewhere it leads to the search page.
  await page.goto("/base-de-conhecimento");
  await page.keyboard.press("Alt+3");
  await expect(page.getByRole("searchbox", { name: "Pesquisar" })).toBeFocused();
  await page.goto("/horario-de-atendimento");
  await page.keyboard.press("Alt+3");
  await expect(page).toHaveURL(/\/pesquisa#busca$/);
  await expect(page.getByRole("searchbox", { name: "Pesquisar" })).toBeFocused();

  // The footer of every page leads to the page that announces all this.
  await page.getByRole("contentinfo").getByRole("link", { name: "Acessibilidade" }).click();
  await expect(page.getByRole("heading", { name: "Acessibilidade", level: 1 })).toBeVisible();
  await expect(page.getByText("WCAG) 2.2, nível AA")).toBeVisible();
  const keys = page.getByRole("region", { name: "Teclas de atalho" });
  for (const key of ["Alt + 1", "Alt + 2", "Alt + 3"]) await expect(keys).toContainText(key);
  await expect(page.getByRole("region", { name: "Limites conhecidos" })).toBeVisible();
  const report = page.getByRole("region", { name: "Relatar uma barreira" });
  await expect(report.getByRole("link", { name: "Catálogo" })).toHaveAttribute("href", "/catalogo");
});

test("the focus indicator is at least 2 px with 3:1 contrast on every Tab stop", async ({
  page,
}) => {
  await page.goto("/login");
  await expectVisibleFocusOnEveryStop(page, 12);
  await signIn(page, REQUESTER);
  await expectVisibleFocusOnEveryStop(page, 30);
  // Inside the open menus of the top bar too.
  await tabTo(page, page.getByRole("button", { name: "Solicitações" }));
  await page.keyboard.press("Enter");
  await expectVisibleFocusOnEveryStop(page, 8);
});

test("the high-contrast theme switches at once, is remembered from the first paint and passes axe", async ({
  page,
}) => {
  await signIn(page, REQUESTER);
  const toggle = page.getByRole("button", { name: "Alto contraste" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await tabTo(page, toggle);
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveClass(/alto-contraste/);
  // Served already dark: the server reads the remembered choice (no flash of the light theme).
  const html = await (await page.request.get("/catalogo/item/gerid")).text();
  expect(html).toMatch(/<html[^>]*class="[^"]*alto-contraste/);
  await page.goto("/catalogo/item/gerid");
  await expect(page.getByRole("button", { name: "Alto contraste" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expectNoAxeViolations(page, "high contrast: /catalogo/item/gerid");
  await expectVisibleFocusOnEveryStop(page, 20);
  await page.goto("/solicitacoes");
  await expectNoAxeViolations(page, "high contrast: /solicitacoes");
  await page.getByRole("button", { name: "Alto contraste" }).click();
  await page.reload();
  await expect(page.locator("html")).not.toHaveClass(/alto-contraste/);
});

test("pages reflow at 320 px and at 200 % text, with targets of at least 24 px", async ({
  page,
}) => {
  const number = openTicket();
  await signIn(page, REQUESTER);
  const pages = [
    "/",
    "/catalogo/item/gerid",
    "/solicitacoes",
    `/solicitacoes/${number}`,
    "/perfil",
  ];
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator("h1").first()).toBeVisible();
    await expectNoHorizontalScroll(page, `${path} at 320 px`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of pages) {
    await page.goto(path);
    await expectTargetsAtLeast24(page);
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    await expectNoHorizontalScroll(page, `${path} with text at 200 %`);
  }
});

test("reduced motion is honoured", async ({ page }) => {
  await page.goto("/login");
  // The duration of a Tailwind transition, as the page's styles give it now.
  const duration = () =>
    page.evaluate(() => {
      const probe = document.createElement("div");
      probe.className = "transition-transform";
      document.body.append(probe);
      const seconds = parseFloat(getComputedStyle(probe).transitionDuration);
      probe.remove();
      return seconds;
    });
  expect(await duration()).toBeGreaterThan(0.1);
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await duration()).toBeLessThan(0.001);
});

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
