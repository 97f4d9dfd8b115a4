import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/config/env";

/**
 * Where attachment bytes live. The portal talks to this interface only, so that a deployment can
 * swap the local folder for object storage (S3-compatible) without touching the ticket code.
 * With several portal processes, the folder must be shared by all of them.
 */
export interface FileStorage {
  /** Stores the bytes under a new random key and returns it. */
  put(bytes: Uint8Array): Promise<string>;
  get(key: string): Promise<Uint8Array>;
  delete(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f]{62}$/;

/** Files under one folder, spread over 256 subfolders by the first byte of a random key. */
export function localFolderStorage(root: string): FileStorage {
  const fileOf = (key: string) => {
    // Keys come from put(); anything else could point outside the folder.
    if (!KEY.test(key)) throw new Error(`Invalid storage key: ${key}`);
    return path.join(root, key);
  };
  return {
    async put(bytes) {
      const hex = crypto.randomBytes(32).toString("hex");
      const key = `${hex.slice(0, 2)}/${hex.slice(2)}`;
      await fs.mkdir(path.dirname(fileOf(key)), { recursive: true });
      await fs.writeFile(fileOf(key), bytes, { flag: "wx" });
      return key;
    },
    async get(key) {
      return new Uint8Array(await fs.readFile(fileOf(key)));
    },
    async delete(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}

let configured: FileStorage | undefined;
/** The configured storage: the STORAGE_DIR folder. */
export const attachmentStorage = (): FileStorage =>
  (configured ??= localFolderStorage(env.storageDir));
