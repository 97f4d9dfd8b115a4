import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localFolderStorage, newStorageKey, type FileStorage } from "@/lib/storage";
import { startS3Server, type S3Server } from "../support/s3";
import { storeBytes, storedBytes } from "../support/storage";

/** The same promises from both storages: the local folder and a real S3-compatible server. */
let s3: S3Server;
const root = fs.mkdtempSync(path.join(os.tmpdir(), "portal-storage-contract-"));
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

/** `size` bytes in chunks of 64 KB, then an error instead of the end when `failAfter` is set. */
async function* bytes(size: number, failAfter?: number) {
  for (let sent = 0; sent < size; sent += 65_536) {
    if (failAfter !== undefined && sent >= failAfter) throw new Error("conexão perdida");
    yield crypto.randomBytes(Math.min(65_536, size - sent));
  }
}

describe.each([
  ["the local folder", () => localFolderStorage(root)],
  ["S3-compatible storage", () => s3.storage],
])("%s", (_name, storageOf: () => FileStorage) => {
  it("stores a stream, reads it back with its size, and deletes it", async () => {
    const storage = storageOf();
    const content = crypto.randomBytes(300_000);
    const key = await storeBytes(storage, content);
    expect(await storage.exists(key)).toBe(true);
    const { size, stream } = await storage.get(key);
    stream.destroy();
    expect(size).toBe(content.length);
    expect(await storedBytes(storage, key)).toEqual(content);
    await storage.delete(key);
    await storage.delete(key); // gone already: not an error
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.get(key)).rejects.toThrow();
  });

  it("keeps nothing of a stream that fails midway, small or in several parts", async () => {
    const storage = storageOf();
    for (const [size, failAfter] of [
      [200_000, 100_000],
      [12 * 1024 * 1024, 11 * 1024 * 1024],
    ] as const) {
      const key = newStorageKey();
      await expect(storage.put(key, Readable.from(bytes(size, failAfter)))).rejects.toThrow(
        "conexão perdida",
      );
      expect(await storage.exists(key)).toBe(false);
    }
  });

  it("refuses keys it did not make, such as paths out of its folder or bucket", async () => {
    const storage = storageOf();
    await expect(storage.get("../../etc/passwd")).rejects.toThrow("Invalid storage key");
    await expect(storage.put("a/../../b", Readable.from([]))).rejects.toThrow(
      "Invalid storage key",
    );
    expect(newStorageKey("exports")).toMatch(/^exports\/[0-9a-f]{2}\/[0-9a-f]{62}$/);
  });
});

it("leaves no object in the bucket after failed uploads", () => {
  expect(s3.objectCount()).toBe(0);
});
