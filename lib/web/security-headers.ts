/**
 * The portal's security headers. The same on every response (next.config.ts `headers()`), plus
 * the Content-Security-Policy that proxy.ts adds per request (a page's policy carries a fresh
 * nonce).
 * HSTS is added by scripts/server.ts. Free of imports: next.config.ts reads it.
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

/**
 * Browsers keep to https for a year once they have seen this over https. Sent by the portal's
 * server (scripts/server.ts), the one place that knows whether a request came over https.
 */
export const TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
