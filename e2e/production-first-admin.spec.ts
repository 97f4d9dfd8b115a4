import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../scripts/throwaway-postgres";
import { DEMO_PASSWORD } from "../prisma/demo-data";

/**
 * A production start on an empty PostgreSQL: a second portal of its own (same build), with no
 * demo. Nobody can sign in, not even with the published demo password, until `admin:create`.
 */
const PORT = 3170;
const BASE = `http://localhost:${PORT}`;
let postgres: ThrowawayPostgres;
let portal: ChildProcess;
/** What the portal printed: its JSON log lines. */
let output = "";

function productionEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    PORT: String(PORT),
    APP_URL: BASE,
    ALLOW_HTTP: "1",
    AUTH_SECRET: "first-admin-spec-secret-0123456789abcdef",
    RUN_JOBS: "false",
    SMTP_URL: "",
    DEMO_DATA: "",
  };
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  postgres = await startThrowawayPostgres();
  portal = spawn(process.execPath, ["scripts/start.mjs"], {
    env: productionEnv(postgres.url),
    stdio: "pipe",
  });
  // Read, or the pipe fills and the portal blocks on its next log line.
  for (const stream of [portal.stdout, portal.stderr]) stream?.on("data", (c) => (output += c));
  await expect
    .poll(
      () =>
        fetch(`${BASE}/api/health`).then(
          (r) => r.ok,
          () => false,
        ),
      { timeout: 200_000 },
    )
    .toBe(true);
});

test.afterAll(() => {
  portal?.kill("SIGTERM");
  postgres?.stop();
});

test.describe.configure({ mode: "serial" });

test("an empty production database has no users until the first admin is created", async ({
  page,
}) => {
  await page.goto(`${BASE}/login`);
  await expect(page.getByRole("region", { name: "Ambiente de demonstração" })).toBeHidden();
  await expect(page.getByRole("region", { name: "Contas de demonstração" })).toBeHidden();
  await page.getByLabel("CPF").fill("123.456.789-09");
  await page.getByLabel("Senha").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page.getByText("CPF ou senha incorretos.")).toBeVisible();

  const printed = execFileSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/admin-create.ts",
      "--cpf",
      "305.718.462-62",
      "--email",
      "ti@prefeitura.example",
      "--name",
      "Primeira Administradora",
    ],
    { env: productionEnv(postgres.url), encoding: "utf8" },
  );
  const link = printed.match(/https?:\/\/\S+#\S+/)?.[0];
  expect(link, printed).toBeTruthy();
  expect(printed).not.toMatch(/senha:\s*\S+@/i); // a link, never a password

  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "Definir senha" })).toBeVisible();
  await page.getByLabel("Nova senha", { exact: true }).fill("Primeira@Senha2026");
  await page.getByLabel("Confirme a nova senha").fill("Primeira@Senha2026");
  await page.getByRole("button", { name: "Definir senha" }).click();
  await expect(page.getByText("Senha definida.")).toBeVisible();

  await page.goto(`${BASE}/login`);
  await page.getByLabel("CPF").fill("305.718.462-62");
  await page.getByLabel("Senha").fill("Primeira@Senha2026");
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page).toHaveURL(`${BASE}/admin`);
});

test("a failure shows a page in Portuguese with a code the log has, and no technical detail", async ({
  page,
}) => {
  await page.goto(`${BASE}/login`);
  await page.getByLabel("CPF").fill("305.718.462-62");
  await page.getByLabel("Senha").fill("Primeira@Senha2026");
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page).toHaveURL(`${BASE}/admin`);

  // The database goes away under a signed-in person.
  postgres.stop();
  await page.goto(`${BASE}/admin/usuarios`);
  await expect(page.getByRole("heading", { name: "Algo deu errado" })).toBeVisible();
  const code = await page
    .getByText(/informe ao suporte o código/)
    .locator("strong")
    .textContent();
  expect(code).toMatch(/^\w+$/);
  const html = await page.content();
  for (const detail of ["ECONNREFUSED", "prisma", "    at ", "SELECT"])
    expect(html).not.toContain(detail);
  // The same code is in the log, with the request's id, for support to find.
  await expect.poll(() => output).toContain(`"digest":"${code}"`);
  expect(output).toMatch(
    new RegExp(`"event":"request.error","requestId":"[0-9a-f-]{36}","digest":"${code}"`),
  );
});
