import { portalHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 when the database answers, 503 otherwise. */
export async function GET() {
  const health = await portalHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
