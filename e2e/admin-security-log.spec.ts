import { expect, test } from "@playwright/test";
import { runFixture, signIn } from "./helpers";

// The admin sees the security log in the audit page's "Segurança" tab.

const ADMIN = "123.456.789-09";

test("the Segurança tab lists security events, filtered by kind", async ({ page }) => {
  runFixture("e2e/support/security-fixture.ts");
  await signIn(page, ADMIN);
  await page.goto("/admin/auditoria");
  await page.getByRole("link", { name: "Segurança" }).click();
  await expect(page.getByRole("link", { name: "Segurança" })).toHaveAttribute(
    "aria-current",
    "page",
  );

  const refused = page.getByRole("row").filter({ hasText: "203.0.113.50" });
  await expect(refused).toContainText("Permissão negada");
  await expect(refused).toContainText("Requerente Demo");
  await expect(refused).toContainText("user.list");
  const throttled = page.getByRole("row").filter({ hasText: "198.51.100.23" });
  await expect(throttled).toContainText("Login bloqueado por tentativas");
  await expect(throttled).toContainText("***.982.247-**");
  await expect(throttled).toContainText("—");

  await page.getByLabel("Evento").selectOption({ label: "Login bloqueado por tentativas" });
  await page.getByRole("button", { name: "Filtrar" }).click();
  await expect(page).toHaveURL(/aba=seguranca/);
  await expect(page.getByRole("row").filter({ hasText: "198.51.100.23" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "203.0.113.50" })).toHaveCount(0);
});
