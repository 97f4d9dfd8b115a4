import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { formatCpf } from "@/lib/auth/cpf";
import { shown } from "@/lib/admin/shown";
import { userForEditor, userFormChoices } from "@/lib/admin/user-queries";
import { UserForm } from "@/components/admin/user-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Usuário" };

export default async function EditUserPage({ params }: PageProps<"/admin/usuarios/[id]">) {
  const { id } = await params;
  const admin = await requireRole(`/admin/usuarios/${id}`, "ADMIN");
  const [found, choices] = await Promise.all([userForEditor(admin, id), userFormChoices(admin)]);
  const user = shown(found);
  if (!user) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ name: "Usuários", href: "/admin/usuarios" }]} current={user.name} />
      <h1 className="text-2xl font-semibold">{user.name}</h1>
      <UserForm
        id={user.id}
        initial={{
          cpf: formatCpf(user.cpf),
          name: user.name,
          email: user.email,
          phone: user.phone ?? "",
          role: user.role,
          organizationId: user.organizationId ?? "",
          groupIds: user.groups.map((g) => g.groupId),
          managedOrganizationIds: user.managerOf.map((m) => m.organizationId),
          active: user.active,
        }}
        {...shown(choices)}
      />
    </div>
  );
}
