import type { Metadata } from "next";
import { z } from "zod";
import { auditListFields } from "@/lib/admin/audit";
import { securityListFields } from "@/lib/admin/security-log";
import { requireRole } from "@/lib/auth/session";
import { parseListAddress } from "@/lib/lists/address";
import { AuditChanges } from "@/components/admin/audit-changes";
import { AUDIT_TABS, AuditTabs } from "@/components/admin/audit-tabs";
import { SecurityLog } from "@/components/admin/security-log";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ListNotice } from "@/components/ui/list-notice";

export const metadata: Metadata = { title: "Auditoria" };

/** The page's address: its tab (`aba`), then the filters of either tab. */
const auditPageFields = {
  aba: z.enum(AUDIT_TABS),
  ...auditListFields,
  ...securityListFields,
};

/** The audit log ("Alterações") and the security log ("Segurança"), one tab each. */
export default async function AuditPage({ searchParams }: PageProps<"/admin/auditoria">) {
  const user = await requireRole("/admin/auditoria", "ADMIN");
  const { params, problem } = parseListAddress(auditPageFields, await searchParams);
  const tab = params.aba ?? "alteracoes";
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ name: "Administração", href: "/admin" }]} current="Auditoria" />
      <h1 className="text-2xl font-semibold">Auditoria</h1>
      <AuditTabs current={tab} />
      <ListNotice problem={problem} />
      {tab === "seguranca" ? (
        <SecurityLog user={user} filter={params} />
      ) : (
        <AuditChanges user={user} filter={params} />
      )}
    </div>
  );
}
