import net from "node:net";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { onTicketAs, openTicket, pdf, signIn } from "./helpers";

// Uploads as the portal serves them back: named by their content, shown or saved by type, within
// the staging quota, and cut off when they trickle in.

const REQUESTER = "529.982.247-25";
const COLLEAGUE = "390.533.447-05";
const ADMIN = "123.456.789-09";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const file = (name: string, mimeType: string, buffer: Buffer) => ({ name, mimeType, buffer });

test("an image sent under another name comes back as an image, shown; text is saved", async ({
  page,
}) => {
  await onTicketAs(page, REQUESTER, openTicket());
  await page.getByPlaceholder("Digite sua mensagem aqui...").fill("Print e notas.");
  await page
    .getByLabel("Anexar arquivos")
    .setInputFiles([
      file("foto.html", "text/html", PNG),
      file("notas.txt", "text/plain", Buffer.from("<html><script>alert(1)</script></html>")),
    ]);
  const uploads = page.getByRole("list", { name: "Arquivos anexados" });
  await expect(uploads.getByRole("listitem").filter({ hasText: "foto.png" })).toContainText(
    "Pronto para enviar.",
  );
  await expect(uploads.getByRole("listitem").filter({ hasText: "notas.txt" })).toContainText(
    "Pronto para enviar.",
  );
  await page.getByRole("button", { name: "Enviar" }).click();

  const history = page.getByRole("region", { name: "Histórico" });
  const image = history.getByRole("link", { name: "foto.png" });
  await expect(image).toBeVisible();
  await expect(history.getByRole("link", { name: "foto.html" })).toHaveCount(0);

  const shown = await page.request.get((await image.getAttribute("href"))!);
  expect(shown.headers()).toMatchObject({
    "content-type": "image/png",
    "content-disposition": `inline; filename="foto.png"; filename*=UTF-8''foto.png`,
    "x-content-type-options": "nosniff",
  });
  expect(shown.headers()["content-security-policy"]).toContain("sandbox");
  expect(await shown.body()).toEqual(PNG);

  const text = history.getByRole("link", { name: "notas.txt" });
  const saved = await page.request.get((await text.getAttribute("href"))!);
  expect(saved.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(saved.headers()["content-disposition"]).toMatch(/^attachment; filename="notas.txt"/);
  // Clicking it saves the file instead of opening it as a page.
  const download = page.waitForEvent("download");
  await text.click();
  expect((await download).suggestedFilename()).toBe("notas.txt");
});

/** Sets "Anexos ainda não enviados" in the admin console. */
async function setStagingFiles(page: Page, value: string) {
  await page.goto("/admin/configuracoes");
  await page.getByLabel("Anexos ainda não enviados", { exact: true }).fill(value);
  await page.getByRole("button", { name: "Salvar configurações" }).click();
  await expect(page.getByText("Configurações salvas.")).toBeVisible();
}

test("an upload over the staging quota is refused, with why, next to the file", async ({
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN);
  await setStagingFiles(admin, "1");
  try {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, COLLEAGUE);
    await page.goto("/catalogo/item/gerid");
    const uploads = page.getByRole("list", { name: "Arquivos anexados" });
    await page.getByLabel("Adicionar anexos").setInputFiles(pdf("primeiro.pdf"));
    await expect(uploads).toContainText("Pronto para enviar.");
    await page.getByLabel("Adicionar anexos").setInputFiles(pdf("segundo.pdf"));
    const second = uploads.getByRole("listitem").filter({ hasText: "segundo.pdf" });
    await expect(second.getByRole("alert")).toHaveText(
      "Limite de anexos pendentes atingido: até 1 arquivos e 50 MB enviados e ainda não " +
        "incluídos em uma solicitação. Envie a solicitação em andamento ou tente de novo amanhã.",
    );
    // Removing a file from the form takes it back from the server: there is room again.
    const takenBack = page.waitForResponse((r) => r.request().method() === "DELETE");
    await page.getByRole("button", { name: "Remover primeiro.pdf" }).click();
    expect((await takenBack).status()).toBe(204);
    await page.getByRole("button", { name: "Remover segundo.pdf" }).click();
    await page.getByLabel("Adicionar anexos").setInputFiles(pdf("terceiro.pdf"));
    await expect(uploads.getByRole("listitem").filter({ hasText: "terceiro.pdf" })).toContainText(
      "Pronto para enviar.",
    );
  } finally {
    await setStagingFiles(admin, "20");
  }
});

/** The session cookies of a signed-in context, for a request made by hand. */
async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

test("an upload trickling in below the minimum speed is cut off with 408", async ({
  page,
  context,
  baseURL,
}) => {
  await signIn(page, REQUESTER);
  const url = new URL(baseURL!);
  const cookie = await cookieHeader(context);
  // 20 bytes every 100 ms (1.6 kbit/s), far below the default 8 kbit/s: cut off after the grace.
  const reply = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname);
    let answer = "";
    let timer: NodeJS.Timeout | undefined;
    const trickle = () => {
      if (socket.destroyed || answer) return;
      socket.write("x".repeat(20));
      timer = setTimeout(trickle, 100);
    };
    socket.on("connect", () => {
      socket.write(
        `POST /api/anexos HTTP/1.1\r\nHost: ${url.host}\r\nOrigin: ${url.origin}\r\n` +
          `Cookie: ${cookie}\r\nContent-Type: multipart/form-data; boundary=limite\r\n` +
          "Content-Length: 100000\r\n\r\n",
      );
      trickle();
    });
    socket.on("data", (data) => {
      answer += data.toString();
      if (answer.includes("}")) socket.destroy();
    });
    socket.on("error", (error) => (answer ? undefined : reject(error)));
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(answer);
    });
  });
  expect(reply).toMatch(/^HTTP\/1\.1 408/);
  expect(reply).toContain("O envio ficou abaixo de 8 kbit/s e foi interrompido.");
});
