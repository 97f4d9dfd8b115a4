import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/config/env";
import type { Tx } from "@/lib/db";

/**
 * Password links: RESET ("Esqueci minha senha", 1 hour) and SET (a new account's "Definir
 * senha", 48 hours). The token travels in the URL fragment, which browsers never send to a
 * server, so it stays out of access logs and Referer headers; only its SHA-256 is stored.
 */
export type LinkPurpose = "RESET" | "SET";

const HOUR_MS = 60 * 60_000;
const LINKS: Record<LinkPurpose, { path: string; ttlMs: number }> = {
  RESET: { path: "/redefinir-senha", ttlMs: HOUR_MS },
  SET: { path: "/definir-senha", ttlMs: 48 * HOUR_MS },
};

export const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

/** A fresh token, its hash and the link that carries it. */
export function newLink(purpose: LinkPurpose): { tokenHash: string; link: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { tokenHash: sha256(token), link: `${env.appUrl}${LINKS[purpose].path}#${token}` };
}

/** Stores a link's hash as the user's only usable one: older links stop working. */
export async function storeLink(
  tx: Tx,
  input: { userId: string; tokenHash: string; purpose: LinkPurpose },
  now: Date,
): Promise<void> {
  await voidLinks(tx, input.userId, now);
  await tx.passwordResetToken.create({
    data: {
      ...input,
      expiresAt: new Date(now.getTime() + LINKS[input.purpose].ttlMs),
      createdAt: now,
    },
  });
}

export function voidLinks(tx: Tx, userId: string, now: Date) {
  return tx.passwordResetToken.updateMany({
    where: { userId, usedAt: null },
    data: { usedAt: now },
  });
}

/**
 * Spends a link: one conditional update (unused and unexpired), so of simultaneous uses exactly
 * one sees count 1 and wins; the others find it already used.
 */
export async function spendLink(tx: Tx, tokenHash: string, now: Date): Promise<boolean> {
  const { count } = await tx.passwordResetToken.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}
