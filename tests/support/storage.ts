import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { openAttachment } from "@/lib/attachments/downloads";
import { newStorageKey, type FileStorage } from "@/lib/storage";

/** Stores bytes under a new key, as a test's fixture file. */
export async function storeBytes(storage: FileStorage, bytes: Uint8Array): Promise<string> {
  const key = newStorageKey();
  await storage.put(key, Readable.from([bytes]), { size: bytes.length });
  return key;
}

/** The stored bytes of a key, whole (fine for a test's small files). */
export async function storedBytes(storage: FileStorage, key: string): Promise<Buffer> {
  return buffer((await storage.get(key)).stream);
}

/** openAttachment, with the file read whole: what a download would get, and no stream left open. */
export async function readAttachment(...args: Parameters<typeof openAttachment>) {
  const result = await openAttachment(...args);
  if (!result.ok) return result;
  const { stream, ...file } = result.value;
  return { ...result, value: { ...file, bytes: await buffer(stream) } };
}
