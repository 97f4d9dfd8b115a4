import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, type Page } from "@playwright/test";
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

/** Runs e2e/support/ticket-fixture.ts; returns what it printed. */
export const ticketFixture = (...args: string[]) =>
  runFixture("e2e/support/ticket-fixture.ts", ...args);

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

/** Today in the portal's default time zone, as a date field wants it (2026-12-02). */
export const today = () =>
  new Date().toLocaleDateString("sv-SE", { timeZone: "America/Sao_Paulo" });
