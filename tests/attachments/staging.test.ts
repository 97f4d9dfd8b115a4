import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fixedClock } from "@/lib/clock";
import { localFolderStorage } from "@/lib/storage";
import { storedBytes } from "../support/storage";
import { deleteStaleUploads, discardStagedUpload } from "@/lib/attachments/staging";
import { stageUploads } from "@/lib/attachments/uploads";
import { addComment } from "@/lib/tickets/comments";
import type { Actor } from "@/lib/tickets/actor";
import { demoWorld, openGerid, type World } from "../factories";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "portal-staging-"));
const storage = localFolderStorage(root);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const storedFiles = () =>
  fs.readdirSync(root, { recursive: true }).filter((f) => /[0-9a-f]{62}$/.test(String(f)));

let world: World;
beforeAll(async () => {
  world = await demoWorld();
});
beforeEach(async () => {
  await db.settings.deleteMany();
  await db.attachment.deleteMany({ where: { ticketId: null } });
});

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
const pdfOf = (kb: number) => Buffer.concat([PDF, Buffer.alloc(kb * 1024)]);
const stage = (actor: Actor, name: string, bytes = PDF, clock?: () => Date) =>
  stageUploads(actor, [{ name, bytes }], { storage, clock });
const stagedCount = (actor: Actor) =>
  db.attachment.count({ where: { uploaderId: actor.id, ticketId: null } });
const QUOTA_MESSAGE =
  "Limite de anexos pendentes atingido: até 2 arquivos e 1 MB enviados e ainda não incluídos " +
  "em uma solicitação. Envie a solicitação em andamento ou tente de novo amanhã.";

describe("staging quota", () => {
  it("refuses a file over the per-person count, storing nothing; linked files free room", async () => {
    await db.settings.create({ data: { stagingQuotaFiles: 2, stagingQuotaMb: 1 } });
    const first = await stage(world.requester, "a.pdf");
    expect(await stage(world.requester, "b.pdf")).toMatchObject({ ok: true });
    const before = storedFiles().length;
    expect(await stage(world.requester, "c.pdf")).toEqual({
      ok: false,
      error: "invalid",
      message: QUOTA_MESSAGE,
      fieldErrors: { files: QUOTA_MESSAGE },
    });
    expect(storedFiles()).toHaveLength(before);
    expect(await stagedCount(world.requester)).toBe(2);
    // Someone else's quota is their own.
    expect(await stage(world.colleague, "dela.pdf")).toMatchObject({ ok: true });

    const ticket = await openGerid(world);
    if (!first.ok) throw new Error(first.message);
    const linked = await addComment(world.requester, {
      ticketId: ticket.id,
      body: "Segue.",
      attachmentIds: [first.value[0]!.id],
    });
    expect(linked).toMatchObject({ ok: true });
    expect(await stage(world.requester, "c.pdf")).toMatchObject({ ok: true });
  });

  it("refuses a file that would take the person's staged files over the size quota", async () => {
    await db.settings.create({ data: { stagingQuotaFiles: 2, stagingQuotaMb: 1 } });
    expect(await stage(world.requester, "metade.pdf", pdfOf(600))).toMatchObject({ ok: true });
    expect(await stage(world.requester, "outra.pdf", pdfOf(600))).toMatchObject({
      ok: false,
      message: QUOTA_MESSAGE,
    });
    expect(await stagedCount(world.requester)).toBe(1);
  });

  it("never lets uploads racing each other past the quota together", async () => {
    await db.settings.create({ data: { stagingQuotaFiles: 1 } });
    const filesBefore = storedFiles().length;
    const results = await Promise.all(
      ["um.pdf", "dois.pdf", "tres.pdf"].map((name) => stage(world.requester, name)),
    );
    expect(await stagedCount(world.requester)).toBeLessThanOrEqual(1);
    expect(results.filter((r) => r.ok)).toHaveLength(await stagedCount(world.requester));
    // The refused ones leave no file behind.
    expect(storedFiles()).toHaveLength(filesBefore + (await stagedCount(world.requester)));
  });
});

describe("discardStagedUpload", () => {
  it("deletes the person's own staged file, row and bytes, and nobody else's", async () => {
    await db.settings.create({ data: { stagingQuotaFiles: 1 } });
    const staged = await stage(world.requester, "removido.pdf");
    if (!staged.ok) throw new Error(staged.message);
    const { id } = staged.value[0]!;
    const { storageKey } = await db.attachment.findUniqueOrThrow({ where: { id } });
    expect(await discardStagedUpload(world.colleague, id, storage)).toMatchObject({
      ok: false,
      error: "not-found",
    });
    expect(await discardStagedUpload(world.requester, id, storage)).toEqual({
      ok: true,
      value: null,
    });
    expect(await db.attachment.findUnique({ where: { id } })).toBeNull();
    await expect(storage.get(storageKey)).rejects.toThrow();
    // The quota has room again.
    expect(await stage(world.requester, "outro.pdf")).toMatchObject({ ok: true });
  });

  it("leaves a file already linked to a ticket alone", async () => {
    const staged = await stage(world.requester, "usado.pdf");
    if (!staged.ok) throw new Error(staged.message);
    const ticket = await openGerid(world, { attachmentIds: [staged.value[0]!.id] });
    expect(await discardStagedUpload(world.requester, staged.value[0]!.id, storage)).toMatchObject({
      error: "not-found",
    });
    expect(await db.attachment.count({ where: { ticketId: ticket.id } })).toBe(1);
  });
});

describe("deleteStaleUploads", () => {
  it("deletes staged rows and files older than a day, keeping recent and linked ones", async () => {
    const now = new Date();
    const dayAndHourAgo = () => new Date(now.getTime() - 25 * 60 * 60_000);
    const stale = await stage(world.requester, "esquecido.pdf", PDF, dayAndHourAgo);
    const used = await stage(world.requester, "usado.pdf", PDF, dayAndHourAgo);
    const recent = await stage(world.requester, "recente.pdf");
    if (!stale.ok || !used.ok || !recent.ok) throw new Error("staging failed");
    const ticket = await openGerid(world);
    await addComment(world.requester, {
      ticketId: ticket.id,
      body: "Anexo.",
      attachmentIds: [used.value[0]!.id],
    });
    const staleRow = await db.attachment.findUniqueOrThrow({ where: { id: stale.value[0]!.id } });

    expect(await deleteStaleUploads(fixedClock(now), storage)).toEqual({ removed: 1 });
    expect(await db.attachment.findUnique({ where: { id: staleRow.id } })).toBeNull();
    await expect(storage.get(staleRow.storageKey)).rejects.toThrow();
    for (const kept of [used, recent]) {
      const row = await db.attachment.findUniqueOrThrow({ where: { id: kept.value[0]!.id } });
      expect(await storedBytes(storage, row.storageKey)).toEqual(PDF);
    }
    expect(await deleteStaleUploads(fixedClock(now), storage)).toEqual({ removed: 0 });
  });
});
