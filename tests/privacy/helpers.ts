import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { localFolderStorage, storeBytes } from "@/lib/storage";

/** A storage folder of the test's own, and whether a key's file is still there. */
export function testStorage() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-"));
  const storage = localFolderStorage(root);
  const exists = (key: string) => fs.existsSync(path.join(root, key));
  return { storage, exists };
}

/** A file on a ticket, stored for real, as the upload would leave it. */
export async function storedAttachment(
  storage: ReturnType<typeof testStorage>["storage"],
  input: { ticketId: string; uploaderId: string; createdAt?: Date },
) {
  const storageKey = await storeBytes(storage, new TextEncoder().encode("conteúdo"));
  return db.attachment.create({
    data: {
      ticketId: input.ticketId,
      uploaderId: input.uploaderId,
      fileName: "documento.txt",
      contentType: "text/plain",
      size: 8,
      sha256: "0".repeat(64),
      storageKey,
      createdAt: input.createdAt,
    },
  });
}
