import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { formatCpf } from "@/lib/auth/cpf";
import { db } from "@/lib/db";
import { userFormChoices } from "@/lib/admin/user-form-data";
import { UserForm } from "@/components/admin/user-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Usuário" };

export default async function EditUserPage({ params }: PageProps<"/admin/usuarios/[id]">) {
  const { id } = await params;
  await requireRole(`/admin/usuarios/${id}`, "ADMIN");
  const [user, choices] = await Promise.all([
    db.user.findUnique({ where: { id }, include: { groups: { select: { groupId: true } } } }),
    userFormChoices(),
  ]);
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
          active: user.active,
        }}
        {...choices}
      />
    </div>
  );
}
