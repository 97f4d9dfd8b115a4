/**
 * The portal's security headers. The same on every response (next.config.ts `headers()`), plus
 * the Content-Security-Policy that scripts/server.ts adds per request (a page's policy carries a
 * fresh nonce), and HSTS. Free of imports: next.config.ts reads it.
 */

export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), " +
      "display-capture=()",
  },
];

/** API answers are data: nothing in them may load, run or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/**
 * A page's policy. Scripts only with this request's nonce (Next puts it on its own scripts);
 * 'strict-dynamic' lets them load the page's chunks. Style elements likewise; style attributes
 * (React `style` props, e.g. the category tree's indent) cannot carry a nonce, and CSS cannot run
 * script, so `style-src-attr` allows them. Development needs eval for React's debugging tools.
 */
export function pageCsp(nonce: string, options: { https: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Built scripts, styles and images: they are not documents, and run nothing a policy could stop. */
const BUILT_ASSETS = ["/_next/static/", "/_next/image"];

/**
 * The policy a response to this path gets, or null for built assets: an API answer's (a route may
 * send a stricter one, as downloads do), or a page's with a fresh nonce. Set by scripts/server.ts
 * on the request too, where Next reads the nonce to sign its scripts while rendering (a server
 * component that adds a <Script> reads it there as well). Set in the server rather than in a
 * Next proxy (middleware), which copied every request into a web Request and back: about 2 ms of
 * CPU per request, a third of /api/health's time.
 */
export function contentSecurityPolicy(
  path: string,
  options: { https: boolean; dev: boolean },
): string | null {
  if (BUILT_ASSETS.some((prefix) => path.startsWith(prefix))) return null;
  if (path.startsWith("/api/")) return API_CSP;
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  return pageCsp(nonce, options);
}

/**
 * Browsers keep to https for a year once they have seen this over https. Sent by the portal's
 * server (scripts/server.ts), the one place that knows whether a request came over https.
 */
export const TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
