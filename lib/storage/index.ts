import { env } from "@/lib/config/env";
import { localFolderStorage } from "./local-folder";
import { s3Storage } from "./s3";
import type { FileStorage } from "./types";

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
