import "server-only";
import { Readable } from "node:stream";
import { db, type Tx } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { getSettings } from "@/lib/settings";
import { refuse } from "@/lib/refusal";
import { invalid, ok, type ServiceResult } from "@/lib/result";
import { fileStorage, type FileStorage } from "@/lib/storage";
import type { Actor } from "@/lib/tickets/actor";
import { parseFileKinds } from "./file-kinds";
import { receiveFile, type ReceivedFile } from "./receive";
import { stagingQuotaProblem } from "./staging";

/**
 * Attachments in two steps: files are uploaded and checked on their own (staged, seen only by
 * whoever sent them), then a change of the ticket (opening it, a message) links them in its
 * transaction. The upload shows progress and fails alone; the ticket never ends up half-written.
 */

/** A file as it arrives: streaming from the upload route, or whole (scripts, tests). */
export type UploadedFile = { name: string } & ({ stream: Readable } | { bytes: Uint8Array });
export type StagedAttachment = { id: string; fileName: string; size: number; contentType: string };

/**
 * Streams every file into storage as it arrives, checking each, then keeps all of them or none
 * (a refusal, a cut-off request or a failure deletes what was stored), under a name whose
 * extension is the detected type's. Errors name the file they are about; the staging quota is
 * checked last, with the sizes received.
 */
export async function stageUploads(
  actor: Actor,
  files: Iterable<UploadedFile> | AsyncIterable<UploadedFile>,
  options: { storage?: FileStorage; clock?: Clock } = {},
): Promise<ServiceResult<StagedAttachment[]>> {
  const { storage = fileStorage(), clock = systemClock } = options;
  const limits = await getSettings(db);
  const rules = { maxMb: limits.attachmentMaxMb, kinds: parseFileKinds(limits.attachmentKinds) };
  const received: ReceivedFile[] = [];
  let kept = false;
  try {
    const problems: string[] = [];
    let count = 0;
    for await (const file of files) {
      const content = "stream" in file ? file.stream : Readable.from([file.bytes]);
      // Past the limit, the files are read past, not stored.
      if (++count > limits.attachmentsPerTicket) content.resume();
      else {
        const result = await receiveFile(file.name, content, rules, storage);
        if (result.ok) received.push(result.file);
        else problems.push(result.problem);
      }
    }
    if (count === 0) return invalid({ files: "Escolha ao menos um arquivo." });
    if (count > limits.attachmentsPerTicket) {
      return invalid({
        files: `Envie no máximo ${limits.attachmentsPerTicket} arquivos por solicitação.`,
      });
    }
    if (problems.length > 0) return invalid({ files: problems.join(" ") }, problems.join(" "));
    const adding = { files: received.length, bytes: received.reduce((n, f) => n + f.size, 0) };
    const overQuota = await stagingQuotaProblem(actor.id, adding, limits);
    if (overQuota) return invalid({ files: overQuota }, overQuota);

    const now = clock();
    const staged = await db.$transaction(async (tx) => {
      // One after the other: a transaction's queries share its one connection.
      const rows = [];
      for (const { key, ...file } of received) {
        rows.push(
          await tx.attachment.create({
            data: { uploaderId: actor.id, ...file, storageKey: key, createdAt: now },
            select: { id: true, fileName: true, size: true, contentType: true },
          }),
        );
      }
      return rows;
    });
    const raced = await stagingQuotaProblem(actor.id, { files: 0, bytes: 0 }, limits);
    if (!raced) {
      kept = true;
      return ok(staged);
    }
    await db.attachment.deleteMany({ where: { id: { in: staged.map((a) => a.id) } } });
    return invalid({ files: raced }, raced);
  } finally {
    if (!kept) await Promise.all(received.map((file) => storage.delete(file.key)));
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
