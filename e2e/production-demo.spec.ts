import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a demo says so on every page and lists its logins on the login page", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("region", { name: "Ambiente de demonstração" })).toHaveText(
    /Ambiente de demonstração/,
  );
  const logins = page.getByRole("region", { name: "Contas de demonstração" });
  await expect(logins.getByText("529.982.247-25")).toBeVisible();
  await expect(logins.getByText("Demo@12345")).toBeVisible();

  await signIn(page, "123.456.789-09");
  await expect(page.getByRole("region", { name: "Ambiente de demonstração" })).toHaveText(
    /Ambiente de demonstração/,
  );
  // Only the login page lists the accounts.
  await expect(page.getByRole("region", { name: "Contas de demonstração" })).toBeHidden();
});

test("a form on another site cannot post to the portal", async ({ page, baseURL }) => {
  await signIn(page, "529.982.247-25");
  // A page of another origin (about:blank's is "null") with a form aimed at the portal: the
  // browser sends the session cookie along, and the portal must still refuse.
  await page.goto("about:blank");
  await page.setContent(
    `<form method="post" action="${baseURL}/perfil"><input name="name" value="x"><button>Enviar</button></form>`,
  );
  const answer = page.waitForResponse((r) => r.url() === `${baseURL}/perfil`);
  await page.getByRole("button", { name: "Enviar" }).click();
  expect((await answer).status()).toBe(403);
  await expect(page.getByText("Requisição recusada")).toBeVisible();
});

test("a post without the portal's origin is refused, one with it is not", async ({
  request,
  baseURL,
}) => {
  const forged = await request.post("/api/anexos", { headers: { Origin: "https://evil.example" } });
  expect(forged.status()).toBe(403);
  const bare = await request.post("/api/anexos");
  expect(bare.status()).toBe(403);
  // Same origin gets past the guard (and then meets the route's own checks: not signed in).
  const own = await request.post("/api/anexos", { headers: { Origin: new URL(baseURL!).origin } });
  expect(own.status()).not.toBe(403);
});
