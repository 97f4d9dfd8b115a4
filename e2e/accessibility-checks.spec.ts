import { expect, test } from "@playwright/test";
import { openTicket, signIn } from "./helpers";
import { expectNoAxeViolations } from "./support/axe";
import {
  expectNoHorizontalScroll,
  expectTargetsAtLeast24,
  expectVisibleFocusOnEveryStop,
  tabTo,
} from "./support/keyboard";

/**
 * What axe-core cannot see on every page (issue 20): access keys, the focus indicator, the
 * high-contrast theme, reflow at 320 px and text at 200 %, target sizes and reduced motion.
 * Forms and widgets: e2e/accessibility-forms.spec.ts.
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
  // The key is handled once the page is hydrated; a person presses it again if nothing happens.
  await expect(async () => {
    await page.keyboard.press("Alt+3");
    await expect(page).toHaveURL(/\/pesquisa#busca$/, { timeout: 2_000 });
  }).toPass();
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
