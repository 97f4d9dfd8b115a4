import { Readable } from "node:stream";
import { env } from "@/lib/config/env";
import { localFolderStorage } from "./local-folder";
import { s3Storage } from "./s3";
import { newStorageKey, type FileStorage } from "./types";

export { localFolderStorage } from "./local-folder";
export { s3Storage } from "./s3";
export { checkStorageKey, newStorageKey } from "./types";
export type { FileStorage, PutOptions, StoredFile } from "./types";

let configured: FileStorage | undefined;

/**
 * The portal's storage: the bucket of STORAGE_URL when set (s3://…), otherwise the STORAGE_DIR
 * folder. Callers take it as a default parameter, so that tests can hand in their own.
 */
export function fileStorage(): FileStorage {
  const storage = env.storage;
  return (configured ??=
    storage.kind === "s3" ? s3Storage(storage.location) : localFolderStorage(storage.dir));
}

/** Stores bytes already in memory (a generated file) under a new key of `area`; answers the key. */
export async function storeBytes(
  storage: FileStorage,
  bytes: Uint8Array,
  options: { area?: string; contentType?: string } = {},
): Promise<string> {
  const key = newStorageKey(options.area);
  await storage.put(key, Readable.from([bytes]), {
    size: bytes.byteLength,
    contentType: options.contentType,
  });
  return key;
}

/** A stored file read whole: only for files the portal made and knows to be small (exports). */
export async function readBytes(storage: FileStorage, key: string): Promise<Uint8Array> {
  const { stream } = await storage.get(key);
  return Buffer.concat(await stream.toArray());
}
