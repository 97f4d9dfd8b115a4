import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { notFound, ok, type ServiceResult } from "@/lib/result";
import { fileStorage, readBytes, type FileStorage } from "@/lib/storage";
import type { Actor } from "@/lib/tickets/actor";
import { getPrivacySettings } from "./settings";

/**
 * "Baixar meus dados": the person asks, the data-export job builds the files (export-job.ts) and
 * e-mails them, and each file can be downloaded once, by them only, until it expires.
 */

const DAY_MS = 24 * 60 * 60_000;
export type ExportFormat = "json" | "html";

/** Asks for an export; one already waiting or being built is answered instead of a second. */
export async function requestDataExport(
  actor: Pick<Actor, "id">,
  clock: Clock = systemClock,
): Promise<ServiceResult<{ id: string }>> {
  const now = clock();
  return db.$transaction(async (tx) => {
    const waiting = await tx.dataExport.findFirst({
      where: { userId: actor.id, state: { in: ["PENDING", "RUNNING"] } },
      select: { id: true },
    });
    if (waiting) return ok(waiting);
    const { exportDays } = await getPrivacySettings(tx);
    const created = await tx.dataExport.create({
      data: {
        // The id is the download's only name: random, not a sequence anyone could walk.
        id: crypto.randomBytes(24).toString("base64url"),
        userId: actor.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + exportDays * DAY_MS),
      },
      select: { id: true },
    });
    return ok(created);
  });
}

/** The person's exports still of use (waiting, or with a file left to download), newest first. */
export async function exportsOf(userId: string, now = new Date()) {
  const rows = await db.dataExport.findMany({
    where: { userId, expiresAt: { gt: now }, state: { not: "FAILED" } },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: {
      id: true,
      state: true,
      createdAt: true,
      expiresAt: true,
      jsonKey: true,
      htmlKey: true,
    },
  });
  return rows.map(({ jsonKey, htmlKey, ...row }) => ({
    ...row,
    json: jsonKey !== null,
    html: htmlKey !== null,
  }));
}

const FILES = {
  json: { key: "jsonKey", taken: "jsonTakenAt", type: "application/json; charset=utf-8" },
  html: { key: "htmlKey", taken: "htmlTakenAt", type: "text/html; charset=utf-8" },
} as const;

/**
 * One file of an export for its owner, once: the row is marked taken (a second request, even at
 * the same moment, finds nothing) and the stored file is deleted. Everything refused, including
 * someone else's export, looks like an export that does not exist.
 */
export async function takeExportFile(
  actor: Pick<Actor, "id">,
  exportId: string,
  format: ExportFormat,
  clock: Clock = systemClock,
  storage: FileStorage = fileStorage(),
): Promise<ServiceResult<{ bytes: Uint8Array; contentType: string; fileName: string }>> {
  const now = clock();
  const file = FILES[format];
  const live = { id: exportId, userId: actor.id, state: "READY" as const, expiresAt: { gt: now } };
  const row = await db.dataExport.findFirst({ where: { ...live, [file.taken]: null } });
  const key = row?.[file.key];
  if (!row || !key) return notFound("Arquivo não encontrado ou já baixado.");
  const bytes = await readBytes(storage, key);
  const { count } = await db.dataExport.updateMany({
    where: { ...live, [file.taken]: null },
    data: { [file.taken]: now, [file.key]: null },
  });
  if (count === 0) return notFound("Arquivo não encontrado ou já baixado.");
  await storage.delete(key);
  const day = row.createdAt.toISOString().slice(0, 10);
  return ok({ bytes, contentType: file.type, fileName: `meus-dados-${day}.${format}` });
}
