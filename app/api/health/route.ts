import { isDatabaseReachable } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 when the database answers, 503 otherwise. */
export async function GET() {
  const reachable = await isDatabaseReachable();
  return Response.json(
    { status: reachable ? "ok" : "unavailable", database: reachable ? "reachable" : "unreachable" },
    { status: reachable ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
