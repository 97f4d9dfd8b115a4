import crypto from "node:crypto";
import http from "node:http";
import type net from "node:net";
import { Readable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openAttachment } from "@/lib/attachments/downloads";
import { multipartFiles } from "@/lib/attachments/multipart";
import { limitBody } from "@/lib/attachments/read-body";
import { discardStagedUpload } from "@/lib/attachments/staging";
import { stageUploads } from "@/lib/attachments/uploads";
import { demoWorld, openGerid, type World } from "../factories";
import { startS3Server, type S3Server } from "../support/s3";
import { rssGrowthDuring } from "../support/memory";
import { readAttachment } from "../support/storage";

/** Attachments on a real S3-compatible server (s3rver on loopback), as with STORAGE_URL=s3://… */
let s3: S3Server;
let world: World;
beforeAll(async () => {
  s3 = await startS3Server();
  world = await demoWorld();
});
afterAll(() => s3.stop());
beforeEach(() => db.settings.deleteMany());

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(510), Buffer.from("PE\0\0")]);
const MB = 1024 * 1024;

/** A PDF of `size` bytes made as it is read, never whole in memory; fails at `failAt` if set. */
function bigPdf(size: number, failAt?: number): Readable {
  return Readable.from(
    (async function* () {
      yield PDF;
      for (let sent = PDF.length; sent < size; sent += 64 * 1024) {
        if (failAt !== undefined && sent >= failAt) throw new Error("conexão perdida");
        yield Buffer.alloc(Math.min(64 * 1024, size - sent), sent % 251);
      }
    })(),
  );
}

describe("attachments on S3-compatible storage", () => {
  it("stores accepted files in the bucket, serves them to whoever may see them, deletes discarded ones", async () => {
    const staged = await stageUploads(world.requester, [{ name: "manual.pdf", bytes: PDF }], {
      storage: s3.storage,
    });
    expect(staged).toMatchObject({
      ok: true,
      value: [{ fileName: "manual.pdf", size: PDF.length }],
    });
    if (!staged.ok) return;
    const id = staged.value[0]!.id;
    expect(await readAttachment(world.requester, id, s3.storage)).toMatchObject({
      ok: true,
      value: { fileName: "manual.pdf", contentType: "application/pdf", bytes: PDF },
    });
    expect(await readAttachment(world.colleague, id, s3.storage)).toMatchObject({ ok: false });
    const before = s3.objectCount();
    expect(await discardStagedUpload(world.requester, id, s3.storage)).toMatchObject({ ok: true });
    expect(s3.objectCount()).toBe(before - 1);
  });

  it("leaves nothing in the bucket of a refused batch or of an upload cut off midway", async () => {
    const before = { objects: s3.objectCount(), rows: await db.attachment.count() };
    const refused = await stageUploads(
      world.requester,
      [
        { name: "ok.pdf", bytes: PDF },
        { name: "foto.png", bytes: EXE },
      ],
      { storage: s3.storage },
    );
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("foto.png") });
    await db.settings.create({ data: { attachmentMaxMb: 1 } });
    expect(
      await stageUploads(world.requester, [{ name: "grande.pdf", stream: bigPdf(3 * MB) }], {
        storage: s3.storage,
      }),
    ).toMatchObject({ ok: false, message: "grande.pdf: maior que o limite de 1 MB." });
    await db.settings.updateMany({ data: { attachmentMaxMb: 20 } });
    const cutOff = stageUploads(
      world.requester,
      [
        { name: "primeiro.pdf", bytes: PDF },
        { name: "cortado.pdf", stream: bigPdf(12 * MB, 7 * MB) },
      ],
      { storage: s3.storage },
    );
    await expect(cutOff).rejects.toThrow("conexão perdida");
    expect({ objects: s3.objectCount(), rows: await db.attachment.count() }).toEqual(before);
  });

  it("takes a multipart upload over HTTP straight into the bucket, file by file", async () => {
    // What POST /api/anexos does with the request: body limits, multipart parser, staging.
    const server = http.createServer((request, response) => {
      const body = Readable.toWeb(request) as ReadableStream<Uint8Array>;
      const limits = { maxBytes: 10 * MB, minBytesPerSecond: 1, graceMs: 5_000, timeoutMs: 20_000 };
      void stageUploads(
        world.requester,
        multipartFiles(request.headers["content-type"] ?? "", limitBody(body, limits)),
        { storage: s3.storage },
      ).then(
        (result) => response.end(JSON.stringify(result)),
        (error: Error) => response.end(JSON.stringify({ thrown: error.name })),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/`;
    try {
      const form = new FormData();
      form.append("files", new Blob([PDF]), "relatório.pdf");
      form.append("files", new Blob(["nome;cidade\nJosé;Brasília\n"]), "dados.csv");
      const answer = await (await fetch(url, { method: "POST", body: form })).json();
      expect(answer).toMatchObject({
        ok: true,
        value: [
          { fileName: "relatório.pdf", contentType: "application/pdf" },
          { fileName: "dados.csv", contentType: "text/csv; charset=utf-8" },
        ],
      });
      const other = new FormData();
      other.append("outro", "campo");
      const refused = await (await fetch(url, { method: "POST", body: other })).json();
      expect(refused).toEqual({ thrown: "NotAForm" });
    } finally {
      server.close();
    }
  });

  it("streams a 25 MB file out of the bucket without holding it in memory", async () => {
    await db.settings.create({ data: { attachmentMaxMb: 30 } });
    const size = 25 * MB;
    const staged = await stageUploads(
      world.requester,
      [{ name: "planta.pdf", stream: bigPdf(size) }],
      { storage: s3.storage },
    );
    if (!staged.ok) throw new Error(staged.message);
    const id = staged.value[0]!.id;
    const ticket = await openGerid(world, { attachmentIds: [id] });
    expect(ticket.id).toBeTruthy();

    const opened = await openAttachment(world.agent, id, s3.storage);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.value.size).toBe(size);
    const hash = crypto.createHash("sha256");
    let received = 0;
    const growth = await rssGrowthDuring(async (sample) => {
      for await (const chunk of opened.value.stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        received += chunk.length;
        sample();
      }
    });
    const row = await db.attachment.findUniqueOrThrow({ where: { id } });
    expect(received).toBe(size);
    expect(hash.digest("hex")).toBe(row.sha256);
    // The file passes through in chunks: the process grows by a fraction of it, not by it.
    // (Holding it, as Buffer.from(bytes) did, grows it by about 25 MB.)
    expect(growth).toBeLessThan(size / 2);
  });
});
