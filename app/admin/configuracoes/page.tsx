import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { parseFileKinds } from "@/lib/attachments/file-kinds";
import { HolidaysBox } from "@/components/admin/holidays-box";
import { SettingsForm } from "@/components/admin/settings-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Configurações" };

/** The portal's settings: auto-close, attachment limits, SLA defaults, calendar and holidays. */
export default async function SettingsPage() {
  await requireRole("/admin/configuracoes", "ADMIN");
  const [settings, holidays] = await Promise.all([
    getSettings(db),
    db.holiday.findMany({ orderBy: { date: "asc" } }),
  ]);
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
