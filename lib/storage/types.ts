import crypto from "node:crypto";
import type { Readable } from "node:stream";

/**
 * Where the portal keeps files (attachments, knowledge-base files, exports): a local folder by
 * default, S3-compatible object storage when STORAGE_URL says so. Everything goes through this
 * interface as streams, so no file is ever held whole in memory, whichever the backend.
 */
export interface FileStorage {
  /**
   * Stores the stream under the key (from newStorageKey), replacing what was there. When the
   * stream fails or is refused midway, nothing is left under the key and the promise rejects
   * with the stream's error.
   */
  put(key: string, content: Readable, options?: PutOptions): Promise<void>;
  /** The stored bytes as a stream, and their size; rejects when the key holds nothing. */
  get(key: string): Promise<StoredFile>;
  /** Removes the file; a key that holds nothing is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export type PutOptions = {
  /** The size when known beforehand (S3 then needs no multipart upload for a small file). */
  size?: number;
  contentType?: string;
};

export type StoredFile = { stream: Readable; size: number };

/**
 * Segments of letters, digits, "_", "-" and "." (never first), joined by "/": nothing that could
 * climb out of the folder or the bucket's prefix.
 */
const KEY = /^[a-z0-9][a-z0-9_.-]*(\/[a-z0-9][a-z0-9_.-]*){0,7}$/i;

/** Throws on a key that is not one the portal makes: keys from elsewhere could point anywhere. */
export function checkStorageKey(key: string): string {
  if (key.length > 512 || !KEY.test(key)) throw new Error(`Invalid storage key: ${key}`);
  return key;
}

/**
 * A new random key, spread over 256 prefixes by its first byte ("3f/…"), under an area's
 * prefix when given ("exports/3f/…"). Attachments use no area, as they always have.
 */
export function newStorageKey(area?: string): string {
  const hex = crypto.randomBytes(32).toString("hex");
  return checkStorageKey(`${area ? `${area}/` : ""}${hex.slice(0, 2)}/${hex.slice(2)}`);
}
