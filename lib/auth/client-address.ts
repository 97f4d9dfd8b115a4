import "server-only";
import { headers } from "next/headers";

/**
 * The client's address for rate limits: the first X-Forwarded-For entry set by the load balancer
 * in front of the portal, or "local" when there is none. Behind no proxy the header could be
 * forged, which only moves a client into another limit bucket (the per-account limits still apply).
 */
export function addressFromForwardedFor(value: string | string[] | null | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.split(",")[0]?.trim() || "local";
}

/** The address of the request being served (server components and actions). */
export async function clientAddress(): Promise<string> {
  return addressFromForwardedFor((await headers()).get("x-forwarded-for"));
}
