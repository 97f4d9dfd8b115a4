import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { shown } from "@/lib/admin/shown";
import { userFormChoices } from "@/lib/admin/user-queries";
import { UserForm } from "@/components/admin/user-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Novo usuário" };

export default async function NewUserPage() {
  const user = await requireRole("/admin/usuarios/novo", "ADMIN");
  const choices = shown(await userFormChoices(user));
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ name: "Usuários", href: "/admin/usuarios" }]} current="Novo" />
      <h1 className="text-2xl font-semibold">Novo usuário</h1>
      <UserForm
        initial={{
          cpf: "",
          name: "",
          email: "",
          phone: "",
          role: "REQUESTER",
          organizationId: "",
          groupIds: [],
          managedOrganizationIds: [],
          active: true,
        }}
        {...choices}
      />
    </div>
  );
}
