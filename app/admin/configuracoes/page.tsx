import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { settingsForEditor } from "@/lib/admin/settings";
import { shown } from "@/lib/admin/shown";
import { parseFileKinds } from "@/lib/attachments/file-kinds";
import { HolidaysBox } from "@/components/admin/holidays-box";
import { SettingsForm } from "@/components/admin/settings-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Configurações" };

/** The portal's settings: auto-close, attachment limits, SLA defaults, calendar and holidays. */
export default async function SettingsPage() {
  const user = await requireRole("/admin/configuracoes", "ADMIN");
  const { settings, holidays } = shown(await settingsForEditor(user));
  return (
    <div className="max-w-4xl space-y-6">
      <Breadcrumb trail={[{ name: "Administração", href: "/admin" }]} current="Configurações" />
      <h1 className="text-2xl font-semibold">Configurações</h1>
      <SettingsForm
        initial={{
          ...settings,
          businessDays: settings.businessDays.split(","),
          attachmentKinds: parseFileKinds(settings.attachmentKinds),
        }}
      />
      <HolidaysBox holidays={holidays} />
    </div>
  );
}
