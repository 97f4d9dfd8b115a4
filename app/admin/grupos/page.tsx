import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { listGroups } from "@/lib/admin/organization-queries";
import { shown } from "@/lib/admin/shown";
import { GroupEditor } from "@/components/admin/group-editor";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Grupos de atendimento" };

/** Support groups and their analysts. */
export default async function GroupsPage() {
  const user = await requireRole("/admin/grupos", "ADMIN");
  const { groups, agents } = shown(await listGroups(user));
  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={[{ name: "Administração", href: "/admin" }]}
        current="Grupos de atendimento"
      />
      <h1 className="text-2xl font-semibold">Grupos de atendimento</h1>
      <GroupEditor
        agents={agents}
        groups={groups.map((g) => ({
          id: g.id,
          name: g.name,
          description: g.description ?? "",
          active: g.active,
          memberIds: g.members.map((m) => m.userId),
        }))}
      />
    </div>
  );
}
