/** A demo file (files.ts) stored and linked to a timeline event, as linkAttachments does. */
import { Readable } from "node:stream";
import { newStorageKey } from "@/lib/storage/types";
import type { Actor } from "@/lib/tickets/actor";
import type { DemoContext } from "./context";
import { demoFile } from "./files";
import type { DemoFile } from "./story";

export async function attachDemoFile(
  ctx: DemoContext,
  where: { ticketId: string; eventId: string; actor: Actor; now: Date },
  kind: DemoFile,
) {
  const file = demoFile(kind);
  const storageKey = newStorageKey();
  await ctx.storage.put(storageKey, Readable.from([file.bytes]), {
    size: file.bytes.byteLength,
    contentType: file.contentType,
  });
  ctx.storedKeys.push(storageKey);
  await ctx.tx.attachment.create({
    data: {
      ticketId: where.ticketId,
      eventId: where.eventId,
      uploaderId: where.actor.id,
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.bytes.byteLength,
      storageKey,
      sha256: file.sha256,
      visibility: "PUBLIC",
      createdAt: where.now,
    },
  });
}
