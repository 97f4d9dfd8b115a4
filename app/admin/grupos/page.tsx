import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { GroupEditor } from "@/components/admin/group-editor";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Grupos de atendimento" };

/** Support groups and their analysts. */
export default async function GroupsPage() {
  await requireRole("/admin/grupos", "ADMIN");
  const [groups, agents] = await Promise.all([
    db.supportGroup.findMany({
      include: { members: { select: { userId: true } } },
      orderBy: { name: "asc" },
    }),
    db.user.findMany({
      where: { role: "AGENT", active: true },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
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
