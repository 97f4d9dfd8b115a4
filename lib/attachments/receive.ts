import "server-only";
import crypto from "node:crypto";
import { Readable } from "node:stream";
import { newStorageKey, type FileStorage } from "@/lib/storage";
import { describeFileKinds, kindOfContentType, type FileKind } from "./file-kinds";
import { detectContentType, TextScan } from "./file-types";
import { cleanFileName, nameForType } from "./file-names";

export type ReceiveRules = { maxMb: number; kinds: readonly FileKind[] };

export type ReceivedFile = {
  key: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
};

class TooLarge extends Error {}

/**
 * Streams one uploaded file into storage, measuring it on the way (size, SHA-256, whether it is
 * text), then judges it: too large (cut off as soon as it passes the limit), empty, or not of an
 * accepted kind by its content. A refused file is deleted from storage before this returns;
 * an accepted one is named after its detected type. The file is never whole in memory.
 */
export async function receiveFile(
  name: string,
  content: Readable,
  rules: ReceiveRules,
  storage: FileStorage,
): Promise<{ ok: true; file: ReceivedFile } | { ok: false; problem: string }> {
  const fileName = cleanFileName(name);
  const maxBytes = rules.maxMb * 1024 * 1024;
  const key = newStorageKey();
  const hash = crypto.createHash("sha256");
  const text = new TextScan();
  let size = 0;
  async function* measured() {
    // Not destroyed when cut off: the rest of the request still has to be read past.
    for await (const chunk of content.iterator({
      destroyOnReturn: false,
    }) as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw new TooLarge();
      hash.update(chunk);
      text.add(chunk);
      yield chunk;
    }
    text.end();
  }
  try {
    await storage.put(key, Readable.from(measured()));
  } catch (error) {
    if (!(error instanceof TooLarge)) throw error;
    content.resume();
    return { ok: false, problem: `${fileName}: maior que o limite de ${rules.maxMb} MB.` };
  }
  const refuse = async (problem: string) => {
    await storage.delete(key);
    return { ok: false as const, problem };
  };
  if (size === 0) return refuse(`${fileName}: o arquivo está vazio.`);
  const contentType = await sniff(storage, key, fileName, text);
  const kind = contentType && kindOfContentType(contentType);
  if (!contentType || !kind || !rules.kinds.includes(kind))
    return refuse(
      `${fileName}: tipo de arquivo não aceito (aceitos: ${describeFileKinds(rules.kinds)}).`,
    );
  const file = { key, fileName: nameForType(fileName, contentType), contentType, size };
  return { ok: true, file: { ...file, sha256: hash.digest("hex") } };
}

/**
 * The type by the stored file's signature, read back from storage: most need its first bytes
 * only, but some (an Office document whose zip lists its parts last) need reading through, which
 * a bounded buffer of the upload could not do.
 */
async function sniff(storage: FileStorage, key: string, fileName: string, text: TextScan) {
  const { stream } = await storage.get(key);
  try {
    return await detectContentType(stream, fileName, text);
  } finally {
    stream.destroy();
  }
}
