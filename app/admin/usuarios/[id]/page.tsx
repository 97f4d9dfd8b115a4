import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { formatCpf } from "@/lib/auth/cpf";
import { shown } from "@/lib/admin/shown";
import { userForEditor, userFormChoices } from "@/lib/admin/user-queries";
import { anonymizationFacts } from "@/lib/privacy/anonymize";
import { getPortalSettings } from "@/lib/portal-settings";
import { formatDateTime } from "@/lib/text/dates";
import { UserForm } from "@/components/admin/user-form";
import { AnonymizePanel } from "@/components/privacy/anonymize-panel";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Usuário" };

export default async function EditUserPage({ params }: PageProps<"/admin/usuarios/[id]">) {
  const { id } = await params;
  const admin = await requireRole(`/admin/usuarios/${id}`, "ADMIN");
  const [found, choices, factsFound, settings] = await Promise.all([
    userForEditor(admin, id),
    userFormChoices(admin),
    anonymizationFacts(admin, id),
    getPortalSettings(),
  ]);
  const user = shown(found);
  const facts = shown(factsFound);
  if (!user || !facts) notFound();
  if (facts.anonymizedAt)
    return (
      <div className="space-y-4">
        <Breadcrumb trail={[{ name: "Usuários", href: "/admin/usuarios" }]} current={user.name} />
        <h1 className="text-2xl font-semibold">{user.name}</h1>
        <p>Conta anonimizada em {formatDateTime(facts.anonymizedAt, settings.timeZone)}.</p>
      </div>
    );
  const lastSeen = facts.lastSignInAt
    ? `Último acesso em ${formatDateTime(facts.lastSignInAt, settings.timeZone)}.`
    : "Nenhum acesso registrado.";
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
      {user.id === admin.id ? null : <AnonymizePanel userId={user.id} facts={lastSeen} />}
    </div>
  );
}
