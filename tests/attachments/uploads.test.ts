import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { localFolderStorage } from "@/lib/storage";
import { storeBytes, readAttachment } from "../support/storage";
import { stageUploads, type UploadedFile } from "@/lib/attachments/uploads";
import { addComment } from "@/lib/tickets/comments";
import type { Actor } from "@/lib/tickets/actor";
import { openTicket } from "@/lib/tickets/open-ticket";
import { answerOf, demoWorld, openGerid, validGeridAnswers, type World } from "../factories";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "portal-uploads-"));
const storage = localFolderStorage(root);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});
beforeEach(async () => {
  await db.settings.deleteMany();
});

// Real file signatures: a 1×1 PNG, a PDF header, a Windows executable.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(510), Buffer.from("PE\0\0")]);
const file = (name: string, bytes: Uint8Array): UploadedFile => ({ name, bytes });
const stage = (actor: Actor, files: UploadedFile[]) => stageUploads(actor, files, { storage });
const storedFiles = () =>
  fs.readdirSync(root, { recursive: true }).filter((f) => /[0-9a-f]{62}$/.test(String(f)));

async function stagedIds(actor: Actor, files: UploadedFile[]): Promise<string[]> {
  const result = await stage(actor, files);
  if (!result.ok) throw new Error(result.message);
  return result.value.map((a) => a.id);
}

describe("uploads", () => {
  it("accepts files by their content and stores the detected type", async () => {
    const result = await stage(world.requester, [
      file("print.png", PNG),
      file("manual.pdf", PDF),
      file("dados.csv", Buffer.from("nome;cidade\nJosé;Brasília\n")),
      file("antigo.csv", Buffer.from([0x6e, 0x6f, 0x6d, 0x65, 0x3b, 0xe7, 0x0a])), // Windows-1252 "ç"
      file("../../etc/relatório.txt", Buffer.from("ok")),
    ]);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.value.map((a) => [a.fileName, a.contentType])).toEqual([
      ["print.png", "image/png"],
      ["manual.pdf", "application/pdf"],
      ["dados.csv", "text/csv; charset=utf-8"],
      ["antigo.csv", "text/csv; charset=windows-1252"],
      ["relatório.txt", "text/plain; charset=utf-8"],
    ]);
  });

  it("names a file after its content's type, whatever name it came with", async () => {
    const result = await stage(world.requester, [
      file("foto.html", PNG),
      file("foto.jpeg.exe", PNG),
      file("Ata 12.03.2025", PDF),
      file("notas.txt", Buffer.from("<script>alert(1)</script>")),
    ]);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.value.map((a) => [a.fileName, a.contentType])).toEqual([
      ["foto.png", "image/png"],
      ["foto.jpeg.png", "image/png"],
      ["Ata 12.03.2025.pdf", "application/pdf"],
      ["notas.txt", "text/plain; charset=utf-8"],
    ]);
  });

  it("refuses disguised, unknown and empty files with the file's name, and stores none of the batch", async () => {
    const before = { rows: await db.attachment.count(), files: storedFiles().length };
    const result = await stage(world.requester, [
      file("ok.png", PNG),
      file("foto.png", EXE),
      file("setup.exe", EXE),
      file("vazio.pdf", new Uint8Array()),
      file("binario.csv", Buffer.from([0x61, 0x00, 0x62])),
    ]);
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    if (result.ok) return;
    expect(result.message).toContain("foto.png: tipo de arquivo não aceito");
    expect(result.message).toContain("setup.exe: tipo de arquivo não aceito");
    expect(result.message).toContain("vazio.pdf: o arquivo está vazio.");
    expect(result.message).toContain("binario.csv: tipo de arquivo não aceito");
    expect(result.message).not.toContain("ok.png");
    expect({ rows: await db.attachment.count(), files: storedFiles().length }).toEqual(before);
  });

  it("accepts only the kinds of file the settings allow, and says which", async () => {
    await db.settings.create({ data: { attachmentKinds: "pdf,text" } });
    expect(await stage(world.requester, [file("manual.pdf", PDF)])).toMatchObject({ ok: true });
    expect(await stage(world.requester, [file("print.png", PNG)])).toMatchObject({
      ok: false,
      message: "print.png: tipo de arquivo não aceito (aceitos: PDF e texto (TXT, CSV)).",
    });
  });

  it("enforces the size limit of the settings", async () => {
    await db.settings.create({ data: { attachmentMaxMb: 1 } });
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]);
    const result = await stage(world.requester, [file("grande.pdf", big)]);
    expect(result).toMatchObject({
      ok: false,
      message: "grande.pdf: maior que o limite de 1 MB.",
    });
  });

  it("links files to a new ticket or a message, within the per-ticket limit, all or nothing", async () => {
    await db.settings.create({ data: { attachmentsPerTicket: 2 } });
    // One upload at a time, as the form sends them.
    const tooMany = [
      ...(await stagedIds(world.requester, [file("a.png", PNG)])),
      ...(await stagedIds(world.requester, [file("b.png", PNG)])),
      ...(await stagedIds(world.requester, [file("c.png", PNG)])),
    ];
    const refused = await answerOf(openTicket, world.requester, {
      itemId: world.gerid.id,
      answers: validGeridAnswers,
      description: "Com anexos demais.",
      attachmentIds: tooMany,
    });
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { attachmentIds: "Uma solicitação aceita no máximo 2 anexos." },
    });
    expect(
      await db.attachment.count({ where: { id: { in: tooMany }, ticketId: { not: null } } }),
    ).toBe(0);

    const ticket = await openGerid(world, { attachmentIds: tooMany.slice(0, 2) });
    expect(await db.attachment.count({ where: { ticketId: ticket.id } })).toBe(2);

    const third = await stagedIds(world.requester, [file("d.pdf", PDF)]);
    const events = await db.ticketEvent.count({ where: { ticketId: ticket.id } });
    expect(
      await answerOf(addComment, world.requester, {
        ticketId: ticket.id,
        body: "Mais um.",
        attachmentIds: third,
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { attachmentIds: "Uma solicitação aceita no máximo 2 anexos." },
    });
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id } })).toBe(events);
  });

  it("refuses to link another user's staged file", async () => {
    const ticket = await openGerid(world);
    const [theirs] = await stagedIds(world.colleague, [file("dela.png", PNG)]);
    expect(
      await answerOf(addComment, world.requester, {
        ticketId: ticket.id,
        attachmentIds: [theirs!],
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        attachmentIds: "Um dos anexos não está mais disponível. Envie o arquivo de novo.",
      },
    });
  });
});

describe("downloads", () => {
  it("serves a ticket's files to whoever may see the ticket, and nobody else", async () => {
    const [id] = await stagedIds(world.requester, [file("print.png", PNG)]);
    const download = (actor: Actor) => readAttachment(actor, id!, storage);
    expect(await download(world.colleague)).toMatchObject({ ok: false, error: "not-found" }); // staged: uploader only
    expect(await download(world.requester)).toMatchObject({ ok: true });

    const ticket = await openGerid(world, {
      followerIds: [world.colleague.id],
      attachmentIds: [id!],
    });
    expect(ticket.number).toMatch(/^CS/);
    const ok = await download(world.colleague);
    expect(ok).toMatchObject({
      ok: true,
      value: { fileName: "print.png", contentType: "image/png" },
    });
    if (ok.ok) expect(ok.value.bytes).toEqual(PNG);
    expect(await download(world.agent)).toMatchObject({ ok: true });
    expect(await download(world.admin)).toMatchObject({ ok: true });
    expect(await download(world.stateRequester)).toMatchObject({ ok: false, error: "not-found" });
    expect(await download(world.otherAgent)).toMatchObject({ ok: false, error: "not-found" });
    expect(await readAttachment(world.requester, "nao-existe", storage)).toMatchObject({
      error: "not-found",
    });
  });

  it("keeps the files of internal notes away from requesters", async () => {
    const ticket = await openGerid(world);
    const [id] = await stagedIds(world.agent, [file("interno.pdf", PDF)]);
    expect(
      await addComment(world.agent, {
        ticketId: ticket.id,
        body: "Log do servidor.",
        internal: true,
        attachmentIds: [id!],
      }),
    ).toMatchObject({ ok: true });
    expect(await readAttachment(world.requester, id!, storage)).toMatchObject({
      error: "not-found",
    });
    expect(await readAttachment(world.agent, id!, storage)).toMatchObject({ ok: true });
  });

  it("offers a file stored under another type's name with its type's extension", async () => {
    // As stored before names followed the detected type.
    const row = await db.attachment.create({
      data: {
        uploaderId: world.requester.id,
        fileName: "antigo.html",
        contentType: "image/png",
        size: PNG.length,
        storageKey: await storeBytes(storage, PNG),
        sha256: "-",
      },
    });
    expect(await readAttachment(world.requester, row.id, storage)).toMatchObject({
      ok: true,
      value: { fileName: "antigo.png", contentType: "image/png" },
    });
  });
});
