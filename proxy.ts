import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/config/env";
import { API_CSP, pageCsp } from "@/lib/web/security-headers";

/**
 * Adds the per-request security headers (lib/web/security-headers.ts). A page gets a policy with
 * a fresh nonce, also passed on in the request's own Content-Security-Policy header, where Next
 * reads it to sign its scripts while rendering (a server component that adds a <Script> reads
 * it there too).
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return withHeaders(NextResponse.next(), { "Content-Security-Policy": API_CSP });
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = pageCsp(nonce, { https: env.httpsOnly, dev: env.nodeEnv === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), {
    "Content-Security-Policy": csp,
  });
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    /*
     * Everything but built assets and the upload (POST /api/anexos): with a proxy, Next buffers
     * a request body in memory (10 MB at most, cutting the rest), which would defeat the upload's
     * own size and speed limits. The upload route sets these headers itself.
     */
    { source: "/((?!_next/static|_next/image|api/anexos(?!/)).*)" },
  ],
};
