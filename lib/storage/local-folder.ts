import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { checkStorageKey, type FileStorage } from "./types";

/**
 * Files under one folder, at their key's path. A file is written under a temporary name and
 * renamed when complete, so that a cut-off upload never shows as a stored file. With several
 * portal processes the folder must be shared by all of them (or use object storage).
 */
export function localFolderStorage(root: string): FileStorage {
  const fileOf = (key: string) => path.join(root, checkStorageKey(key));
  return {
    async put(key, content) {
      const file = fileOf(key);
      const partial = `${file}.${crypto.randomBytes(6).toString("hex")}.part`;
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      try {
        await pipeline(content, fs.createWriteStream(partial, { flags: "wx" }));
        await fs.promises.rename(partial, file);
      } catch (error) {
        await fs.promises.rm(partial, { force: true });
        throw error;
      }
    },
    async get(key) {
      // Opened now: a missing file rejects here, before any answer has started, and the size
      // is the opened file's, whatever happens to its name meanwhile.
      const handle = await fs.promises.open(fileOf(key));
      try {
        const { size } = await handle.stat();
        return { stream: handle.createReadStream(), size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },
    async delete(key) {
      await fs.promises.rm(fileOf(key), { force: true });
    },
    async exists(key) {
      return fs.promises.access(fileOf(key)).then(
        () => true,
        () => false,
      );
    },
  };
}
