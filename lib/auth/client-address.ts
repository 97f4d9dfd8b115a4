import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/request-guard";

/**
 * The client's address for rate limits, lockouts and the security log. The portal's own server
 * (scripts/server.ts) works it out from the connection, trusting X-Forwarded-For only as far as
 * TRUSTED_PROXY_HOPS says, and hands it to Next in a header after deleting whatever value the
 * client sent under the same name: nothing a client writes can choose its bucket.
 */
type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

/** The address the portal's server recorded for this request, or "unknown". */
export function addressFromHeaders(bag: HeaderBag): string {
  const value =
    bag instanceof Headers ? bag.get(CLIENT_ADDRESS_HEADER) : bag?.[CLIENT_ADDRESS_HEADER];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || "unknown";
}

/** The address of the request being served (server components and actions). */
export async function clientAddress(): Promise<string> {
  return addressFromHeaders(await headers());
}
