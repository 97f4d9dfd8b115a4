import { expect, test } from "@playwright/test";
import { recipientOf, startSmtpCatcher } from "../tests/support/smtp";
import { SMTP_PORT } from "../playwright.config";
import { openTicket, runFixture, signIn } from "./helpers";

// Mail waiting in the outbox is checked again when it goes out: a follower removed in the
// meantime receives nothing, and the admin sees the mail dropped, with the reason.

const COLLEAGUE = "acompanhante@prefeitura.example";
const REQUESTER = "requerente@prefeitura.example";

let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
test.beforeAll(async () => {
  smtp = await startSmtpCatcher(SMTP_PORT);
});
test.afterAll(() => smtp.stop());

/** The ticket's queued e-mails made due now (e2e/support/outbox-fixture.ts). */
function makeDue(number: string): number {
  return Number(runFixture("e2e/support/outbox-fixture.ts", "due", number));
}

test("a follower removed before the worker sends the queued e-mail receives nothing", async ({
  page,
}) => {
  // The colleague's mailbox answers "try later": their e-mail stays queued for a retry.
  smtp.control.refuse = (address) =>
    address === COLLEAGUE ? { code: 451, message: "Tente mais tarde" } : undefined;
  const number = openTicket();
  const aboutTicket = (to: string) => (m: Parameters<typeof recipientOf>[0]) =>
    recipientOf(m) === to && !!m.subject?.includes(number);
  await smtp.waitFor(aboutTicket(REQUESTER));

  await signIn(page, "529.982.247-25");
  await page.goto(`/solicitacoes/${number}`);
  const following = page.getByRole("region", { name: "Acompanhamento" });
  await following.getByRole("button", { name: "Remover Acompanhante Demo" }).click();
  await expect(following.getByText("Acompanhante Demo")).toHaveCount(0);

  // The mailbox is back and the retry is due: only the check at sending can stop the e-mail.
  smtp.control.refuse = () => undefined;
  expect(makeDue(number)).toBe(1);

  await page.context().clearCookies();
  await signIn(page, "123.456.789-09");
  await page.goto(`/admin/emails?busca=${number}`);
  const row = page.getByRole("row").filter({ hasText: COLLEAGUE });
  // The list shows the outbox as it was when the page was drawn: the admin reloads it until the
  // worker (every 3 s, slower on a loaded machine) has taken the e-mail.
  await expect
    .poll(
      async () => {
        await page.reload();
        return row.textContent();
      },
      { timeout: 30_000 },
    )
    .toContain("Descartado");
  await expect(row).toContainText("O destinatário não acompanha mais a solicitação.");
  await row.getByRole("link", { name: `[${number}] Solicitação registrada – GERID` }).click();
  await expect(page.getByText("Motivo do descarte")).toBeVisible();
  await expect(page.getByText("O destinatário não acompanha mais a solicitação.")).toBeVisible();

  expect(smtp.messages.filter(aboutTicket(COLLEAGUE))).toHaveLength(0);
});
