import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Administração" };

/** The admin console; its sections arrive with the admin issue. */
export default async function AdminHome() {
  const user = await requireRole("/admin", "ADMIN");
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Administração</h1>
      <p>Olá, {user.name}.</p>
    </div>
  );
}
