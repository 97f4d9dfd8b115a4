import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { recipientOf } from "../tests/support/smtp";
import type { StateAction } from "../lib/tickets/state-machine";
import { DEMO_PASSWORD } from "../prisma/demo-data";
import { E2E_DATABASE_URL_FILE } from "./support/database-url";

/** The database of the portal under test (SQLite or PostgreSQL: e2e/support/web-server.ts). */
export function e2eDatabaseUrl(): string {
  return fs.readFileSync(E2E_DATABASE_URL_FILE, "utf8").trim();
}

/** Signs in through the login form, as a person does. */
export async function signIn(page: Page, cpf: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("CPF").fill(cpf);
  await page.getByLabel("Senha").fill(password);
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * Runs a fixture script (a small program that sets up data through our services) against the
 * portal's database and returns what it printed.
 */
export function runFixture(script: string, ...args: string[]): string {
  return execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", script, ...args],
    { env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() }, encoding: "utf8" },
  ).trim();
}

/** `cpf` signed in (whoever was before signed out) on the page of GERID ticket `number`. */
export async function onTicketAs(page: Page, cpf: string, number: string) {
  await page.context().clearCookies();
  await signIn(page, cpf);
  await page.goto(`/solicitacoes/${number}`);
  await expect(page.getByRole("heading", { name: `${number} – GERID` })).toBeVisible();
}

/** An agent on one of the queues of /agente, chosen in its "Filas" menu. */
export async function openQueue(page: Page, label: string) {
  await page.goto("/agente");
  await page.getByRole("navigation", { name: "Filas" }).getByRole("link", { name: label }).click();
  await expect(page.getByRole("heading", { name: label, level: 1 })).toBeVisible();
}

/** The ticket page's title with its state beside it. */
export const ticketState = (page: Page) => page.getByRole("heading", { level: 1 }).locator("..");
/** The ticket page's "Histórico". */
export const ticketHistory = (page: Page) => page.getByRole("region", { name: "Histórico" });

/** Runs e2e/support/ticket-fixture.ts; returns what it printed. */
export const ticketFixture = (...args: string[]) =>
  runFixture("e2e/support/ticket-fixture.ts", ...args);

/**
 * Opens `count` GERID tickets of the demo requester, followed by the demo colleague, each moved
 * along by the demo analyst with `actions`; returns their numbers. One fixture process for all.
 */
export const openTickets = (count: number, ...actions: StateAction[]) =>
  ticketFixture("open", String(count), ...actions).split(/\s+/);

/** One ticket, as openTickets opens them. */
export const openTicket = (...actions: StateAction[]) => openTickets(1, ...actions)[0]!;

/** A small valid PDF to attach. */
export const pdf = (name: string) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"),
});

/** Puts the demo password back on a user whose password a spec changed: other specs sign in with it. */
export async function restoreDemoPassword(cpf: string) {
  const { createPrismaClient } = await import("../lib/db/client");
  const { hashPassword } = await import("../lib/auth/password");
  const db = createPrismaClient(e2eDatabaseUrl());
  try {
    await db.user.update({
      where: { cpf },
      data: { passwordHash: await hashPassword(DEMO_PASSWORD) },
    });
  } finally {
    await db.$disconnect();
  }
}

/**
 * Matches the "Definição de senha" e-mail to `address`: the person may also follow tickets, whose
 * e-mails (retried from before the spec listened) can arrive first.
 */
export const passwordMailTo = (address: string) => (mail: ParsedMail) =>
  recipientOf(mail) === address && mail.subject === "Definição de senha – Portal de Atendimento";

/** Today in the portal's default time zone, as a date field wants it (2026-12-02). */
export const today = () =>
  new Date().toLocaleDateString("sv-SE", { timeZone: "America/Sao_Paulo" });

/**
 * Fills a field and checks that the value held. A form that hydrates while the field is being
 * filled sets its default value back between Playwright's select-all and its typing, which left
 * "107" where "7" was typed; a person would see it and type again, and so does this.
 */
export async function fillUntilKept(field: Locator, value: string) {
  await expect(async () => {
    await field.fill(value);
    await expect(field).toHaveValue(value, { timeout: 2_000 });
  }).toPass();
}
