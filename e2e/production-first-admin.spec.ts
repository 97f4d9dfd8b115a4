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
  portal = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: productionEnv(postgres.url),
    stdio: "pipe",
  });
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
