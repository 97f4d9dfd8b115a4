import { expect, test } from "@playwright/test";
import { runFixture, signIn } from "./helpers";

// "Gestor da organização" (issue 18, part 5) and the deadline a requester reads (part 6).

const ADMIN = "123.456.789-09";
const REQUESTER = "529.982.247-25"; // "Requerente Demo", Prefeitura Municipal de Demonstração
const COLLEAGUE = "39053344705"; // "Acompanhante Demo", the same municipality
const STATE_REQUESTER = "98765432100"; // "Requerente Estado Demo", the state

const managerFixture = (...args: string[]) =>
  runFixture("e2e/support/manager-fixture.ts", ...args).split(/\s+/);

test.afterAll(() => {
  managerFixture("unmark", "52998224725");
});

test("a manager reads a colleague's ticket of the municipality, not the state's, and cannot write", async ({
  page,
}) => {
  const [colleagues, states] = managerFixture("open-as", COLLEAGUE, STATE_REQUESTER);

  await signIn(page, ADMIN);
  await page.goto("/admin/usuarios?busca=Requerente+Demo");
  await page.getByRole("link", { name: "Requerente Demo", exact: true }).click();
  await page
    .getByRole("group", { name: "Gestor da organização" })
    .getByRole("checkbox", { name: "Prefeitura Municipal de Demonstração" })
    .check();
  await page.getByRole("button", { name: "Salvar usuário" }).click();
  await expect(page.getByRole("status")).toContainText("Usuário salvo.");

  await page.context().clearCookies();
  await signIn(page, REQUESTER);
  await page.getByRole("button", { name: "Solicitações" }).click();
  await page.getByRole("link", { name: "Ver solicitações da organização" }).click();
  await expect(page.getByRole("heading", { name: "Solicitações da organização" })).toBeVisible();
  const list = page.getByRole("table", { name: "Solicitações da organização" });
  await expect(list.getByRole("link", { name: colleagues! })).toBeVisible();
  await expect(list.getByRole("link", { name: states! })).toHaveCount(0);

  await list.getByRole("link", { name: colleagues! }).click();
  await expect(page.getByRole("heading", { name: `${colleagues} – GERID` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Histórico" })).toBeVisible();
  // Read-only: no message box (the requester's own ticket has one, below).
  await expect(page.getByRole("form", { name: "Nova mensagem" })).toHaveCount(0);
});

test("the requester's ticket says when the solution is due, in the hours the public page lists", async ({
  page,
}) => {
  const [mine] = managerFixture("open-as", "52998224725");
  await signIn(page, REQUESTER);
  await page.goto(`/solicitacoes/${mine}`);
  await expect(page.getByRole("form", { name: "Nova mensagem" })).toBeVisible();
  const deadline = page.getByRole("region", { name: "Prazo para solução" });
  await expect(deadline).toContainText(/até \d\d\/\d\d.* às \d+h/);
  await expect(deadline).toContainText("em horário de atendimento:");
  await deadline.getByRole("link", { name: "Horário de atendimento e feriados" }).click();
  await expect(page.getByRole("heading", { name: "Horário de atendimento" })).toBeVisible();

  // Public: the same page signed out.
  await page.context().clearCookies();
  await page.goto("/horario-de-atendimento");
  const hours = page.getByRole("region", { name: "Dias e horário" });
  await expect(hours).toContainText(/(seg|ter|qua|qui|sex|sáb|dom).* \d+h(\d\d)?–\d+h/);
  await expect(page.getByRole("region", { name: "Próximos feriados" })).toBeVisible();
});
