import "server-only";
import crypto from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/config/env";
import { systemClock, type Clock } from "@/lib/clock";
import { getSettings } from "@/lib/settings";
import { invalid, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { describeFileKinds, kindOfContentType, parseFileKinds } from "./file-kinds";
import { cleanFileName, detectContentType } from "./file-types";
import { localFolderStorage, type FileStorage } from "./storage";

/**
 * Attachments in two steps: files are uploaded and checked on their own (staged, seen only by
 * whoever sent them), then a change of the ticket (opening it, a message) links them in its
 * transaction. The upload shows progress and fails alone; the ticket never ends up half-written.
 */

let storage: FileStorage | undefined;
/** The configured storage: the STORAGE_DIR folder. */
export const attachmentStorage = (): FileStorage =>
  (storage ??= localFolderStorage(env.storageDir));

export type UploadedFile = { name: string; bytes: Uint8Array };
export type StagedAttachment = { id: string; fileName: string; size: number; contentType: string };

const STAGED_FOR_MS = 24 * 60 * 60_000;

/** Checks every file, then stores all of them or none. Errors name the file they are about. */
export async function stageUploads(
  actor: Actor,
  files: readonly UploadedFile[],
  options: { storage?: FileStorage; clock?: Clock } = {},
): Promise<ServiceResult<StagedAttachment[]>> {
  const { storage = attachmentStorage(), clock = systemClock } = options;
  const limits = await getSettings(db);
  const maxBytes = limits.attachmentMaxMb * 1024 * 1024;
  const kinds = parseFileKinds(limits.attachmentKinds);
  if (files.length === 0) return invalid({ files: "Escolha ao menos um arquivo." });
  if (files.length > limits.attachmentsPerTicket) {
    return invalid({
      files: `Envie no máximo ${limits.attachmentsPerTicket} arquivos por solicitação.`,
    });
  }

  const checked: (UploadedFile & { fileName: string; contentType: string })[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const fileName = cleanFileName(file.name);
    if (file.bytes.length === 0) {
      problems.push(`${fileName}: o arquivo está vazio.`);
    } else if (file.bytes.length > maxBytes) {
      problems.push(`${fileName}: maior que o limite de ${limits.attachmentMaxMb} MB.`);
    } else {
      const contentType = await detectContentType(file.bytes, fileName);
      const kind = contentType && kindOfContentType(contentType);
      if (contentType && kind && kinds.includes(kind))
        checked.push({ ...file, fileName, contentType });
      else
        problems.push(
          `${fileName}: tipo de arquivo não aceito (aceitos: ${describeFileKinds(kinds)}).`,
        );
    }
  }
  if (problems.length > 0) return invalid({ files: problems.join(" ") }, problems.join(" "));

  const keys: string[] = [];
  try {
    for (const file of checked) keys.push(await storage.put(file.bytes));
    const now = clock();
    const staged = await db.$transaction((tx) =>
      Promise.all(
        checked.map((file, i) =>
          tx.attachment.create({
            data: {
              uploaderId: actor.id,
              fileName: file.fileName,
              contentType: file.contentType,
              size: file.bytes.length,
              storageKey: keys[i]!,
              sha256: crypto.createHash("sha256").update(file.bytes).digest("hex"),
              createdAt: now,
            },
            select: { id: true, fileName: true, size: true, contentType: true },
          }),
        ),
      ),
    );
    return ok(staged);
  } catch (error) {
    await Promise.all(keys.map((key) => storage.delete(key)));
    throw error;
  }
}

/**
 * Links the actor's staged attachments to a ticket and its event, inside the change's
 * transaction. Refuses (without writing) ids that are not the actor's staged files, and going
 * over the per-ticket limit.
 */
export async function linkAttachments(
  tx: Tx,
  input: {
    actorId: string;
    ticketId: string;
    eventId: string;
    ids: readonly string[];
    internal: boolean;
  },
): Promise<ServiceResult<number>> {
  const ids = [...new Set(input.ids)];
  if (ids.length === 0) return ok(0);
  const { attachmentsPerTicket } = await getSettings(tx);
  const existing = await tx.attachment.count({ where: { ticketId: input.ticketId } });
  if (existing + ids.length > attachmentsPerTicket) {
    return invalid({
      attachmentIds: `Uma solicitação aceita no máximo ${attachmentsPerTicket} anexos.`,
    });
  }
  const { count } = await tx.attachment.updateMany({
    where: { id: { in: ids }, uploaderId: input.actorId, ticketId: null },
    data: {
      ticketId: input.ticketId,
      eventId: input.eventId,
      visibility: input.internal ? "INTERNAL" : "PUBLIC",
    },
  });
  if (count !== ids.length) {
    return invalid({
      attachmentIds: "Um dos anexos não está mais disponível. Envie o arquivo de novo.",
    });
  }
  return ok(count);
}

/** Removes staged files nobody used within a day (an abandoned form). */
export async function removeStaleUploads(
  clock: Clock = systemClock,
  storageOf: FileStorage = attachmentStorage(),
): Promise<{ removed: number }> {
  const before = new Date(clock().getTime() - STAGED_FOR_MS);
  const stale = await db.attachment.findMany({
    where: { ticketId: null, createdAt: { lt: before } },
    select: { id: true, storageKey: true },
    take: 1_000,
  });
  if (stale.length === 0) return { removed: 0 };
  // Rows first: a file without a row is harmless, a row without its file is a broken download.
  const { count } = await db.attachment.deleteMany({
    where: { id: { in: stale.map((s) => s.id) }, ticketId: null },
  });
  const stillStaged = await db.attachment.findMany({
    where: { id: { in: stale.map((s) => s.id) } },
    select: { id: true },
  });
  const kept = new Set(stillStaged.map((s) => s.id));
  await Promise.all(
    stale.filter((s) => !kept.has(s.id)).map((s) => storageOf.delete(s.storageKey)),
  );
  return { removed: count };
}
