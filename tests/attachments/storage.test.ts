import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { localFolderStorage } from "@/lib/storage";
import { storeBytes, storedBytes } from "../support/storage";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "portal-storage-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("localFolderStorage", () => {
  it("stores, reads back and deletes bytes under random keys", async () => {
    const storage = localFolderStorage(root);
    const bytes = new TextEncoder().encode("planilha.xlsx");
    const key = await storeBytes(storage, bytes);
    const other = await storeBytes(storage, bytes);
    expect(key).not.toBe(other);
    expect(new Uint8Array(await storedBytes(storage, key))).toEqual(bytes);
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toThrow();
  });

  it("refuses keys it did not make, such as paths out of the folder", async () => {
    const storage = localFolderStorage(root);
    await expect(storage.get("../../etc/passwd")).rejects.toThrow("Invalid storage key");
  });
});
