import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Administração" };

/** The admin console; most of its sections arrive with the admin issue. */
export default async function AdminHome() {
  const user = await requireRole("/admin", "ADMIN");
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Administração</h1>
      <p>Olá, {user.name}.</p>
      <nav aria-label="Administração">
        <ul className="list-disc pl-6">
          <li>
            <Link href="/admin/emails" className="text-brand-700 underline">
              E-mails
            </Link>{" "}
            – o que o portal enviou ou vai enviar, e as falhas de envio
          </li>
        </ul>
      </nav>
    </div>
  );
}
