import "server-only";
import crypto from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { getSettings } from "@/lib/settings";
import { refuse } from "@/lib/refusal";
import { invalid, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { describeFileKinds, kindOfContentType, parseFileKinds } from "./file-kinds";
import { detectContentType } from "./file-types";
import { cleanFileName, nameForType } from "./file-names";
import { stagingQuotaProblem } from "./staging";
import { attachmentStorage, type FileStorage } from "./storage";

/**
 * Attachments in two steps: files are uploaded and checked on their own (staged, seen only by
 * whoever sent them), then a change of the ticket (opening it, a message) links them in its
 * transaction. The upload shows progress and fails alone; the ticket never ends up half-written.
 */

export type UploadedFile = { name: string; bytes: Uint8Array };
export type StagedAttachment = { id: string; fileName: string; size: number; contentType: string };

/**
 * Checks every file, then stores all of them or none, under a name whose extension is the
 * detected type's. Errors name the file they are about; the staging quota is checked last.
 */
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
        checked.push({ ...file, fileName: nameForType(fileName, contentType), contentType });
      else
        problems.push(
          `${fileName}: tipo de arquivo não aceito (aceitos: ${describeFileKinds(kinds)}).`,
        );
    }
  }
  if (problems.length > 0) return invalid({ files: problems.join(" ") }, problems.join(" "));
  const adding = { files: checked.length, bytes: checked.reduce((n, f) => n + f.bytes.length, 0) };
  const overQuota = await stagingQuotaProblem(actor.id, adding, limits);
  if (overQuota) return invalid({ files: overQuota }, overQuota);

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
    const raced = await stagingQuotaProblem(actor.id, { files: 0, bytes: 0 }, limits);
    if (!raced) return ok(staged);
    await db.attachment.deleteMany({ where: { id: { in: staged.map((a) => a.id) } } });
    await Promise.all(keys.map((key) => storage.delete(key)));
    return invalid({ files: raced }, raced);
  } catch (error) {
    await Promise.all(keys.map((key) => storage.delete(key)));
    throw error;
  }
}

/**
 * Links the actor's staged attachments to a ticket and its event, inside the change's
 * transaction, and says how many. Refuses ids that are not the actor's staged files, and going
 * over the per-ticket limit, by throwing: the whole change rolls back, the links made included.
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
): Promise<number> {
  const ids = [...new Set(input.ids)];
  if (ids.length === 0) return 0;
  const { attachmentsPerTicket } = await getSettings(tx);
  const existing = await tx.attachment.count({ where: { ticketId: input.ticketId } });
  if (existing + ids.length > attachmentsPerTicket) {
    refuse(
      invalid({
        attachmentIds: `Uma solicitação aceita no máximo ${attachmentsPerTicket} anexos.`,
      }),
    );
  }
  const { count } = await tx.attachment.updateMany({
    where: { id: { in: ids }, uploaderId: input.actorId, ticketId: null, articleId: null },
    data: {
      ticketId: input.ticketId,
      eventId: input.eventId,
      visibility: input.internal ? "INTERNAL" : "PUBLIC",
    },
  });
  if (count !== ids.length) {
    refuse(
      invalid({
        attachmentIds: "Um dos anexos não está mais disponível. Envie o arquivo de novo.",
      }),
    );
  }
  return count;
}
