import { expect, test } from "@playwright/test";
import { e2eDatabaseUrl, signIn } from "./helpers";

const homes = [
  { cpf: "529.982.247-25", name: "Requerente Demo", heading: "Página Inicial", path: "/" },
  { cpf: "39053344705", name: "Acompanhante Demo", heading: "Página Inicial", path: "/" },
  { cpf: " 987.654.321-00 ", name: "Requerente Estado Demo", heading: "Página Inicial", path: "/" },
  {
    cpf: "111.444.777-35",
    name: "Analista Demo",
    heading: "Todos os Tickets",
    path: "/agente",
  },
  {
    cpf: "456.123.789-55",
    name: "Analista Relacionamento Demo",
    heading: "Todos os Tickets",
    path: "/agente",
  },
  { cpf: "12345678909", name: "Administrador Demo", heading: "Administração", path: "/admin" },
];

for (const home of homes) {
  test(`${home.name} signs in, lands on their home and signs out`, async ({ page }) => {
    await signIn(page, home.cpf);
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`${home.path}$`));
    await expect(page.getByRole("heading", { name: home.heading })).toBeVisible();

    await page.getByRole("button", { name: home.name }).click();
    await page.getByRole("button", { name: "Logout" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto(home.path);
    await expect(page).toHaveURL(/\/login/);
  });
}

test("a wrong password gets one generic message next to the form", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("CPF").fill("529.982.247-25");
  await page.getByLabel("Senha").fill("senha-errada");
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "CPF ou senha incorretos." }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("a requester who opens the admin console gets 'Acesso negado'", async ({ page }) => {
  await signIn(page, "390.533.447-05");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Acesso negado" })).toBeVisible();
});

test("callbackUrl brings the user back, but never to another site", async ({ page }) => {
  await page.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel("CPF").fill("987.654.321-00");
  await page.getByLabel("Senha").fill("Demo@12345");
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
});

test("deactivating a user or changing their password ends their session on the next request", async ({
  page,
}) => {
  const { createPrismaClient } = await import("../lib/db/client");
  const db = createPrismaClient(e2eDatabaseUrl());
  try {
    await signIn(page, "390.533.447-05");
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Página Inicial" })).toBeVisible();

    // As the admin console deactivates: the user's sessions end with it.
    const endSessions = () =>
      db.userSession.updateMany({
        where: { user: { cpf: "39053344705" }, endedAt: null },
        data: { endedAt: new Date() },
      });
    await db.user.update({ where: { cpf: "39053344705" }, data: { active: false } });
    await endSessions();
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await db.user.update({ where: { cpf: "39053344705" }, data: { active: true } });

    await signIn(page, "390.533.447-05");
    await endSessions(); // as a password change elsewhere does
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  } finally {
    await db.user.update({ where: { cpf: "39053344705" }, data: { active: true } });
    await db.$disconnect();
  }
});
