import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { listOrganizations } from "@/lib/admin/organization-queries";
import { shown } from "@/lib/admin/shown";
import { OrganizationEditor } from "@/components/admin/organization-editor";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Organizações" };

/** Municipalities and states, with their IBGE code or CNPJ. */
export default async function OrganizationsPage() {
  const user = await requireRole("/admin/organizacoes", "ADMIN");
  const rows = shown(await listOrganizations(user));
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ name: "Administração", href: "/admin" }]} current="Organizações" />
      <h1 className="text-2xl font-semibold">Organizações</h1>
      <OrganizationEditor
        organizations={rows.map((o) => ({
          id: o.id,
          name: o.name,
          kind: o.kind,
          ibgeCode: o.ibgeCode ?? "",
          cnpj: o.cnpj ?? "",
          active: o.active,
          users: o._count.users,
        }))}
      />
    </div>
  );
}
