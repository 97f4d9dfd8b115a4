import crypto from "node:crypto";
import { env } from "@/lib/config/env";

/**
 * The weekly report's one-click unsubscribe link: the user id signed with the portal's secret
 * (HMAC-SHA256), so that the link works without signing in and nobody can unsubscribe someone
 * else by guessing ids. It only opens a page that asks to confirm: a mail scanner that follows
 * links changes nothing.
 */
const signatureOf = (userId: string) =>
  crypto
    .createHmac("sha256", env.authSecret)
    .update(`report-unsubscribe:${userId}`)
    .digest("base64url");

export function unsubscribeUrl(userId: string): string {
  const query = new URLSearchParams({ usuario: userId, assinatura: signatureOf(userId) });
  return `${env.appUrl}/relatorios/cancelar-inscricao?${query}`;
}

export function validUnsubscribeSignature(userId: string, signature: string): boolean {
  const expected = Buffer.from(signatureOf(userId));
  const given = Buffer.from(signature);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
