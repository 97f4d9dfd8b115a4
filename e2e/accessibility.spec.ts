import { expect, test, type Page } from "@playwright/test";
import { runFixture, signIn } from "./helpers";
import { axeTally, expectNoAxeViolations, WCAG_TAGS } from "./support/axe";

/**
 * The accessibility sweep (issue 20): every page of every role, in the states a person reaches,
 * has no axe-core violation (WCAG 2.0, 2.1, 2.2 A and AA), and its first Tab stop is the skip
 * link. A new page is one line below. Addresses may name `{ticket}` (in progress, with files, a
 * reply and an internal note) and `{closed}` (closed, to rate); `follow` also checks the first
 * link of the page whose address matches (a record of a list); `act` reaches a state first.
 */
type Visit = { path: string; follow?: RegExp; act?: (page: Page) => Promise<void> };

const SWEEP: Record<string, { cpf: string | null; visits: Visit[] }> = {
  "signed out": {
    cpf: null,
    visits: [
      { path: "/login" },
      { path: "/login", act: submitEmpty },
      { path: "/esqueci-senha", act: submitEmpty },
      { path: "/definir-senha" },
      { path: "/redefinir-senha" },
      { path: "/horario-de-atendimento" },
      { path: "/acessibilidade" },
      { path: "/base-de-conhecimento" },
      { path: "/pesquisa?busca=senha" },
    ],
  },
  requester: {
    // The demo requester is also "Gestor da organização" of the demo municipality.
    cpf: "529.982.247-25",
    visits: [
      { path: "/" },
      { path: "/catalogo" },
      { path: "/catalogo/categoria/servicos-multicliente" },
      { path: "/catalogo/item/gerid", act: submitEmpty },
      { path: "/solicitacoes" },
      { path: "/solicitacoes?numero=CS9999999" },
      { path: "/solicitacoes/{ticket}" },
      { path: "/solicitacoes/{ticket}", act: openDialog("Cancelar Solicitação") },
      { path: "/acompanhamentos" },
      { path: "/avaliar" },
      { path: "/avaliar/{closed}" },
      { path: "/organizacao" },
      { path: "/perfil" },
      { path: "/pesquisa?busca=gerid" },
      { path: "/pesquisa?busca=zzzzzz" },
      { path: "/base-de-conhecimento/categoria/acesso-e-senhas" },
      { path: "/base-de-conhecimento/artigo/como-acessar-o-gerid" },
      { path: "/acessibilidade" },
    ],
  },
  analyst: {
    cpf: "111.444.777-35",
    visits: [
      { path: "/agente" },
      { path: "/agente?numero=CS9999999" },
      { path: "/agente/painel" },
      { path: "/agente/horas" },
      { path: "/agente/nova-solicitacao" },
      { path: "/solicitacoes/{ticket}" },
      { path: "/solicitacoes/{ticket}", act: openDialog("Resolver") },
      { path: "/agente/conhecimento", follow: /\/agente\/conhecimento\/c[a-z0-9]+$/ },
      { path: "/agente/conhecimento/novo", act: submitEmpty },
      { path: "/agente/conhecimento/categorias" },
    ],
  },
  admin: {
    cpf: "123.456.789-09",
    visits: [
      { path: "/admin" },
      { path: "/admin/auditoria" },
      { path: "/admin/auditoria?aba=seguranca" },
      { path: "/admin/catalogo", follow: /\/admin\/catalogo\/itens\/[^/?]+$/ },
      { path: "/admin/comunicados" },
      { path: "/admin/configuracoes" },
      { path: "/admin/conhecimento" },
      { path: "/admin/emails", follow: /\/admin\/emails\/[^/?]+$/ },
      { path: "/admin/grupos" },
      { path: "/admin/organizacoes" },
      { path: "/admin/usuarios", follow: /\/admin\/usuarios\/c[a-z0-9]+$/ },
      { path: "/admin/usuarios?busca=zzzzzz" },
      { path: "/admin/usuarios/importar" },
      { path: "/admin/usuarios/novo", act: submitEmpty },
      { path: "/solicitacoes/{ticket}" },
    ],
  },
};

/** Sends the page's first form empty and waits for its errors. */
async function submitEmpty(page: Page) {
  await page.locator("main").locator("button[type=submit]").first().click();
  await expect(page.locator("main [aria-invalid=true], main [role=alert]").first()).toBeVisible();
}

/** Opens the dialog that the button `name` opens. */
function openDialog(name: string) {
  return async (page: Page) => {
    await page.getByRole("button", { name, exact: true }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
  };
}

let tickets: Record<string, string> = {};
test.beforeAll(() => {
  const [ticket, closed] = runFixture("e2e/support/a11y-fixture.ts").split(/\s+/);
  tickets = { ticket: ticket!, closed: closed! };
});

test.afterAll(() => {
  console.log(
    `axe-core (${WCAG_TAGS.join(", ")}): ${axeTally.pages} pages and states, ` +
      `${axeTally.rules.size} rules checked, ${axeTally.violations} violations`,
  );
});

/** The first Tab stop is the skip link; then focus leaves it, for the checks that follow. */
async function expectSkipLinkFirst(page: Page) {
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Ir para o conteúdo" })).toBeFocused();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

for (const [role, { cpf, visits }] of Object.entries(SWEEP)) {
  test.describe(role, () => {
    let cookies: Awaited<ReturnType<ReturnType<Page["context"]>["cookies"]>> = [];
    test.beforeAll(async ({ browser }) => {
      if (!cpf) return;
      const page = await browser.newPage({ baseURL: test.info().project.use.baseURL });
      await signIn(page, cpf);
      cookies = await page.context().cookies();
      await page.close();
    });

    for (const visit of visits) {
      const name = `${visit.path}${visit.act ? ` (${visit.act.name || "dialog"})` : ""}`;
      test(name, async ({ page }) => {
        await page.context().addCookies(cookies);
        const path = visit.path.replace(/\{(\w+)\}/g, (_, key: string) => tickets[key]!);
        await page.goto(path);
        await expect(page.locator("h1").first()).toBeVisible();
        await expectSkipLinkFirst(page);
        await visit.act?.(page);
        await expectNoAxeViolations(page, `${path} as ${role}`);
        if (!visit.follow) return;
        const href = await page
          .locator("main a[href]")
          .evaluateAll(
            (links, source) =>
              links.map((a) => a.getAttribute("href")!).find((h) => new RegExp(source).test(h)),
            visit.follow.source,
          );
        expect(href, `a link matching ${visit.follow} on ${path}`).toBeTruthy();
        await page.goto(href!);
        await expect(page.locator("h1").first()).toBeVisible();
        await expectSkipLinkFirst(page);
        await expectNoAxeViolations(page, `${href} as ${role}`);
      });
    }
  });
}
