import crypto from "node:crypto";
import { env } from "@/lib/config/env";

/**
 * The text and HTML of a sensitive e-mail (a personal sign-in link) are kept sealed in the outbox
 * with AES-256-GCM, so that a database dump or the admin page never shows a usable link. The key
 * is derived from AUTH_SECRET with HKDF; the row's Message-ID is the associated data, so a sealed
 * body cannot be moved to another row. Only the mail worker opens them, to send.
 */

const PREFIX = "sealed:v1:";
const IV_BYTES = 12;
const TAG_BYTES = 16;

let cachedKey: { secret: string; key: Buffer } | undefined;

function key(): Buffer {
  if (cachedKey?.secret !== env.authSecret) {
    const derived = crypto.hkdfSync(
      "sha256",
      env.authSecret,
      Buffer.alloc(0),
      "portal-de-atendimento/outbox-sealed-mail/v1",
      32,
    );
    cachedKey = { secret: env.authSecret, key: Buffer.from(derived) };
  }
  return cachedKey.key;
}

export function seal(plain: string, messageId: string): string {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(messageId));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

function isSealed(value: string): boolean {
  return value.startsWith(PREFIX);
}

/** The clear text; throws when the key (AUTH_SECRET) changed or the value was tampered with. */
export function unseal(sealed: string, messageId: string): string {
  if (!isSealed(sealed)) throw new Error("Conteúdo protegido em formato desconhecido.");
  const raw = Buffer.from(sealed.slice(PREFIX.length), "base64");
  const decipher = crypto.createDecipheriv("aes-256-gcm", key(), raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(messageId));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([
    decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
    decipher.final(),
  ]).toString("utf8");
}
