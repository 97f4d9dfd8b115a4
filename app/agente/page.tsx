import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Filas de atendimento" };

/** The agent workspace; its queues arrive with the agent issue. */
export default async function AgentHome() {
  const user = await requireRole("/agente", "AGENT", "ADMIN");
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Filas de atendimento</h1>
      <p>Olá, {user.name}.</p>
    </div>
  );
}
