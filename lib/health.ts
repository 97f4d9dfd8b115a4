import "server-only";
import { isDatabaseReachable } from "@/lib/db";

export type Health = { status: "ok" | "unavailable"; database: "reachable" | "unreachable" };

/** What /api/health answers load balancers and monitoring: whether the database answers. */
export async function portalHealth(): Promise<Health> {
  const reachable = await isDatabaseReachable();
  return reachable
    ? { status: "ok", database: "reachable" }
    : { status: "unavailable", database: "unreachable" };
}
