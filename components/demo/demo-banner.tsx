import { connection } from "next/server";
import { env } from "@/lib/config/env";

/** A strip on every page of a demo, so that nobody takes it for the real service. */
export async function DemoBanner() {
  // Read when the page is served, not when it was built: the same build runs demo and production.
  await connection();
  if (!env.demoData) return null;
  return (
    <div
      role="region"
      aria-label="Ambiente de demonstração"
      className="bg-amber-100 px-4 py-1 text-center text-sm text-amber-950"
    >
      Ambiente de demonstração: os dados e as contas são fictícios.
    </div>
  );
}
