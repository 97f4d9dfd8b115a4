import crypto from "node:crypto";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { onTicketAs, openTicket } from "./helpers";
import { E2E_STORAGE_FILE, filesUnder, type E2eStorage } from "./support/object-storage";

// An attachment goes into the portal's storage and comes back out the same: S3-compatible object
// storage on the PostgreSQL run (STORAGE_URL, an s3rver), the local folder on the SQLite run.

const REQUESTER = "529.982.247-25";

test("a file attached to a ticket is kept in the configured storage and downloads intact", async ({
  page,
}) => {
  const storage = JSON.parse(fs.readFileSync(E2E_STORAGE_FILE, "utf8")) as E2eStorage;
  // A PDF no other spec sends, to find it in the storage afterwards.
  const content = Buffer.from(
    `%PDF-1.4\n% ${crypto.randomUUID()}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n`,
  );
  await onTicketAs(page, REQUESTER, openTicket());
  await page.getByPlaceholder("Digite sua mensagem aqui...").fill("Segue o ofício.");
  await page
    .getByLabel("Anexar arquivos")
    .setInputFiles({ name: "ofício.pdf", mimeType: "application/pdf", buffer: content });
  await expect(
    page.getByRole("list", { name: "Arquivos anexados" }).getByRole("listitem"),
  ).toContainText("Pronto para enviar.");
  await page.getByRole("button", { name: "Enviar" }).click();

  const link = page.getByRole("region", { name: "Histórico" }).getByRole("link", {
    name: "ofício.pdf",
  });
  await expect(link).toBeVisible();
  const download = await page.request.get((await link.getAttribute("href"))!);
  expect(download.headers()).toMatchObject({
    "content-type": "application/pdf",
    "content-disposition": `inline; filename="oficio.pdf"; filename*=UTF-8''of%C3%ADcio.pdf`,
  });
  expect(await download.body()).toEqual(content);

  const stored = filesUnder(storage.folder).filter((file) => fs.readFileSync(file).equals(content));
  expect(stored, `the file in ${storage.kind} storage`).toHaveLength(1);
  if (storage.kind === "s3") expect(stored[0]).toMatch(/\._S3rver_object$/);
});
