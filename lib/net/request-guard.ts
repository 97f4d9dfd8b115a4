/**
 * What the portal's own server (scripts/server.ts) decides about a request before Next sees it.
 * Pure functions, so that the rules are tested without a server.
 */

/** The header carrying the client address the server worked out (lib/auth/client-address.ts). */
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";
/** The id of the request, made by the server, quoted on error pages and in every log line. */
export const REQUEST_ID_HEADER = "x-request-id";

const list = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value.join(",") : (value ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);

/**
 * The client's address. With no trusted proxy (hops 0) it is the connection's: X-Forwarded-For
 * is whatever the client wrote. Behind N trusted proxies, each appends the address it saw, so
 * the entry N places from the right is the one the outermost trusted proxy saw; entries further
 * left were written by the client and are ignored.
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const direct = (socketAddress ?? "unknown").replace(/^::ffff:/, "");
  if (trustedHops === 0) return direct;
  const entries = list(forwardedFor);
  if (entries.length === 0) return direct;
  return entries[Math.max(entries.length - trustedHops, 0)]!;
}

/** Whether the request reached the first trusted proxy over https. */
export function isHttps(
  encrypted: boolean,
  forwardedProto: string | string[] | undefined,
  trustedHops: number,
): boolean {
  if (encrypted) return true;
  if (trustedHops === 0) return false;
  const entries = list(forwardedProto);
  return entries[Math.max(entries.length - trustedHops, 0)] === "https";
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery: a request that changes data (every server action and form post is
 * a POST) must say it comes from the portal's own pages. Browsers send Origin on every such
 * request and scripts on other sites cannot forge it; a request without one is refused too.
 * The origin compared against is APP_URL's, never one built from Host or X-Forwarded-Host.
 */
export function isAllowedOrigin(
  method: string | undefined,
  origin: string | string[] | undefined,
  appOrigin: string,
): boolean {
  if (SAFE_METHODS.has((method ?? "GET").toUpperCase())) return true;
  return typeof origin === "string" && origin === appOrigin;
}

/** Adds `Secure` to cookies set on an https request, whatever the configuration says. */
export function secureCookies(value: string | readonly string[]): string | string[] {
  const add = (cookie: string) => (/;\s*secure\b/i.test(cookie) ? cookie : `${cookie}; Secure`);
  return typeof value === "string" ? add(value) : value.map(add);
}
