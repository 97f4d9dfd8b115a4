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
type Visit = { path: string; follow?: RegExp; act?: Act };
type Act = { state: string; run: (page: Page) => Promise<void> };

const SWEEP: Record<string, { cpf: string | null; visits: Visit[] }> = {
  "signed out": {
    cpf: null,
    visits: [
      { path: "/login" },
      { path: "/login", act: sent("Entrar") },
      { path: "/esqueci-senha", act: sent("Enviar link") },
      { path: "/definir-senha" },
      { path: "/redefinir-senha" },
      { path: "/horario-de-atendimento" },
      { path: "/acessibilidade" },
      { path: "/privacidade" },
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
      { path: "/catalogo/item/gerid", act: sent("Enviar") },
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
      { path: "/agente/conhecimento/novo", act: sent("Publicar") },
      { path: "/agente/conhecimento/categorias" },
      { path: "/relatorios" },
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
      { path: "/admin/usuarios/novo", act: sent("Salvar usuário") },
      { path: "/admin/privacidade" },
      { path: "/admin/emails-recebidos" },
      { path: "/admin/emails-recebidos/enderecos" },
      { path: "/relatorios?periodo=90d" },
    ],
  },
};

/** The page's form sent empty, its errors shown. */
function sent(button: string): Act {
  return {
    state: "errors shown",
    run: async (page) => {
      await page.getByRole("main").getByRole("button", { name: button, exact: true }).click();
      await expect(
        page.locator("main [aria-invalid=true], main [role=alert]").first(),
      ).toBeVisible();
    },
  };
}

/** The dialog of the button `name`, open. */
function openDialog(name: string): Act {
  return {
    state: "dialog open",
    run: async (page) => {
      await page.getByRole("button", { name, exact: true }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
    },
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
      `${axeTally.run.size} rules run (${axeTally.applied.size} applied), ` +
      `${axeTally.violations} violations`,
  );
});

/** The first Tab stop is the skip link; then focus leaves it, for the checks that follow. */
async function expectSkipLinkFirst(page: Page) {
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Ir para o conteúdo" })).toBeFocused();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Loads `path`, checks its first Tab stop, reaches the state and runs axe on it. */
async function check(page: Page, path: string, role: string, act?: Act) {
  await page.goto(path);
  await expect(page.locator("h1").first()).toBeVisible();
  await expectSkipLinkFirst(page);
  await act?.run(page);
  await expectNoAxeViolations(page, `${path}${act ? ` (${act.state})` : ""} as ${role}`);
}

/** The address of the first link in the page's content that matches `pattern`. */
async function firstLink(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page
    .getByRole("main")
    .locator("a[href]")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${page.url()}`).toBeTruthy();
  return href!;
}

// One test per role, one sign-in, a step per page: a new page costs one line and a few seconds.
for (const [role, { cpf, visits }] of Object.entries(SWEEP)) {
  test(`axe-core finds nothing on the pages of the ${role}`, async ({ page }) => {
    test.setTimeout(10_000 * (visits.length + 2));
    if (cpf) await signIn(page, cpf);
    for (const visit of visits) {
      const path = visit.path.replace(/\{(\w+)\}/g, (_, key: string) => tickets[key]!);
      await test.step(`${path}${visit.act ? ` (${visit.act.state})` : ""}`, async () => {
        await check(page, path, role, visit.act);
        if (visit.follow) await check(page, await firstLink(page, visit.follow), role);
      });
    }
  });
}
