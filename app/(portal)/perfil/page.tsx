import type { Metadata } from "next";
import { ProfileForms } from "@/components/auth/profile-forms";
import { SignOutEverywhere } from "@/components/auth/sign-out-everywhere";
import { maskCpf } from "@/lib/auth/cpf";
import { profileOf } from "@/lib/auth/profile";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Perfil" };

export default async function ProfilePage() {
  const { id } = await requireUser("/perfil");
  const user = await profileOf(id);
  const rows: [string, string][] = [
    ["Nome", user.name],
    ["CPF", maskCpf(user.cpf)],
    ["E-mail", user.email],
    ["Organização", user.organization?.name ?? "—"],
  ];
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">Perfil</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd className="min-w-0 [overflow-wrap:anywhere]">{value}</dd>
          </div>
        ))}
      </dl>
      <ProfileForms phone={user.phone ?? ""} />
      <SignOutEverywhere />
    </div>
  );
}
