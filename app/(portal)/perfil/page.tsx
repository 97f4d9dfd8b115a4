import type { Metadata } from "next";
import { ProfileForms } from "@/components/auth/profile-forms";
import { SignOutEverywhere } from "@/components/auth/sign-out-everywhere";
import { MyData } from "@/components/privacy/my-data";
import { maskCpf } from "@/lib/auth/cpf";
import { profileOf } from "@/lib/auth/profile";
import { isSupport } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getPortalSettings } from "@/lib/portal-settings";
import { myDataOverview } from "@/lib/privacy/my-data";

export const metadata: Metadata = { title: "Perfil" };

export default async function ProfilePage() {
  const me = await requireUser("/perfil");
  const [user, overview, settings] = await Promise.all([
    profileOf(me.id),
    myDataOverview(me.id),
    getPortalSettings(),
  ]);
  const rows: [string, string][] = [
    ["Nome", user.name],
    ["CPF", maskCpf(user.cpf)],
    ["E-mail", user.email],
    ["Organização", user.organization?.name ?? "—"],
  ];
  return (
    <div className="max-w-3xl space-y-6">
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
      <MyData overview={overview} timeZone={settings.timeZone} mayRequest={!isSupport(me)} />
    </div>
  );
}
