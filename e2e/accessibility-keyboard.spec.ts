import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/demo-data";
import { openTicket, ticketState } from "./helpers";
import { pressUntilShown, tabTo } from "./support/keyboard";

/**
 * The two journeys of issue 20 with the keyboard only: no click and no fill, only Tab,
 * Shift+Tab, Enter, Space, arrows, Escape and typing, as a person without a mouse works.
 */

/** Signs in from /login with the keyboard. */
async function signInByKeyboard(page: Page, cpf: string) {
  await page.goto("/login");
  await tabTo(page, page.getByLabel("CPF"));
  await page.keyboard.type(cpf);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Senha")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/\/login/);
}

/** Tabs to the control and presses Enter on it. */
async function press(page: Page, target: ReturnType<Page["getByRole"]>, key = "Enter") {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

test("a requester opens a request and writes on it with the keyboard only", async ({ page }) => {
  await signInByKeyboard(page, "529.982.247-25");
  const nav = page.getByRole("navigation", { name: "Principal" });
  await press(page, nav.getByRole("link", { name: "Catálogo" }));
  await expect(page.getByRole("heading", { name: "Catálogo", level: 1 })).toBeVisible();
  await press(page, page.getByRole("link", { name: "SERVIÇOS MULTICLIENTE" }));
  await press(page, page.getByRole("link", { name: "ACESSO MULTICLIENTE" }));
  await press(page, page.getByRole("link", { name: /^GERID/ }));
  await expect(page.getByRole("heading", { name: "GERID", level: 1 })).toBeVisible();

  // The people picker by typing, arrows and Enter; selects by arrows; text by typing.
  await tabTo(page, page.getByRole("combobox", { name: "Procurar pelo nome" }));
  await page.keyboard.type("acomp");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Remover Acompanhante Demo" })).toBeVisible();
  await tabTo(page, page.getByLabel("Motivo"));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Motivo")).toHaveValue("Problema");
  await tabTo(page, page.getByLabel("Funcionalidade"));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Funcionalidade")).toHaveValue("Acesso");
  await tabTo(page, page.getByLabel("Descrição"));
  await page.keyboard.type("Sem acesso ao GERID desde a troca de senha.");
  await press(page, page.getByRole("button", { name: "Enviar" }));
  await expect(page.getByRole("heading", { name: /^CS\d{7} – GERID$/ })).toBeVisible();

  // A message: focus lands on it in the history once it is there.
  await tabTo(page, page.getByRole("textbox", { name: "Mensagem" }));
  await page.keyboard.type("Uso o leitor de tela NVDA.");
  await press(page, page.getByRole("button", { name: "Enviar" }));
  await expect(page.locator("#evento-mais-recente")).toBeFocused();
  await expect(page.locator("#evento-mais-recente")).toContainText("Uso o leitor de tela NVDA.");
});

test("a requester finds a request in the menu's list and cancels it with the keyboard only", async ({
  page,
}) => {
  const number = openTicket();
  await signInByKeyboard(page, "529.982.247-25");
  const nav = page.getByRole("navigation", { name: "Principal" });
  await press(page, nav.getByRole("button", { name: "Solicitações" }));
  await page.keyboard.press("ArrowDown");
  await expect(nav.getByRole("link", { name: "Ver minhas solicitações" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Minhas Solicitações" })).toBeVisible();
  await press(page, page.getByRole("link", { name: number }));
  await expect(page.getByRole("heading", { name: `${number} – GERID` })).toBeVisible();

  // Escape leaves the dialog without a change, and focus is back on its button.
  const cancel = page.getByRole("button", { name: "Cancelar Solicitação" });
  const dialog = page.getByRole("dialog", { name: "Cancelar Solicitação" });
  await tabTo(page, cancel);
  await pressUntilShown(cancel, dialog);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(cancel).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Motivo do Cancelamento")).toBeFocused();
  await page.keyboard.type("Abri por engano.");
  await press(page, dialog.getByRole("button", { name: "Confirmar cancelamento" }));
  await expect(ticketState(page)).toContainText("Cancelada");
  await expect(page.locator("#evento-mais-recente")).toBeFocused();
});

test("an analyst finds, works and resolves a ticket with the keyboard only", async ({ page }) => {
  const number = openTicket();
  await signInByKeyboard(page, "111.444.777-35");
  await expect(page).toHaveURL(/\/agente/);
  await tabTo(page, page.getByRole("textbox", { name: "Número" }));
  await page.keyboard.type(number);
  await page.keyboard.press("Enter");
  await press(page, page.getByRole("link", { name: number }));
  await expect(page.getByRole("heading", { name: `${number} – GERID` })).toBeVisible();

  await press(page, page.getByRole("button", { name: "Iniciar" }));
  await expect(ticketState(page)).toContainText("Em andamento");
  await expect(page.locator("#evento-mais-recente")).toBeFocused();

  // An internal note: the check box by Space.
  await tabTo(page, page.getByRole("textbox", { name: "Mensagem" }));
  await page.keyboard.type("Perfil bloqueado: desbloqueado no GERID.");
  await press(page, page.getByRole("checkbox", { name: /Nota interna/ }), "Space");
  await expect(page.getByRole("checkbox", { name: /Nota interna/ })).toBeChecked();
  await press(page, page.getByRole("button", { name: "Enviar" }));
  await expect(page.locator("#evento-mais-recente")).toBeFocused();
  await expect(page.locator("#evento-mais-recente")).toContainText("Nota interna");

  await press(page, page.getByRole("button", { name: "Resolver" }));
  const dialog = page.getByRole("dialog", { name: "Resolver" });
  await expect(dialog).toBeVisible();
  await page.keyboard.type("Acesso desbloqueado; entre de novo.");
  await press(page, dialog.getByRole("button").last());
  await expect(ticketState(page)).toContainText("Aguardando posição do usuário final");
  await expect(page.locator("#evento-mais-recente")).toBeFocused();
});
