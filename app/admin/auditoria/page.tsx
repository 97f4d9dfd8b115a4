import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { AuditChanges } from "@/components/admin/audit-changes";
import { AuditTabs } from "@/components/admin/audit-tabs";
import { SecurityLog } from "@/components/admin/security-log";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Auditoria" };

/** The audit log ("Alterações") and the security log ("Segurança"), one tab each. */
export default async function AuditPage({ searchParams }: PageProps<"/admin/auditoria">) {
  const user = await requireRole("/admin/auditoria", "ADMIN");
  const params = await searchParams;
  const tab = params.aba === "seguranca" ? "seguranca" : "alteracoes";
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ name: "Administração", href: "/admin" }]} current="Auditoria" />
      <h1 className="text-2xl font-semibold">Auditoria</h1>
      <AuditTabs current={tab} />
      {tab === "seguranca" ? (
        <SecurityLog user={user} params={params} />
      ) : (
        <AuditChanges user={user} params={params} />
      )}
    </div>
  );
}
