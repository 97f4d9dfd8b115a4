import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { shown } from "@/lib/admin/shown";
import { privacyForEditor } from "@/lib/privacy/settings-editor";
import { PrivacySettingsForm } from "@/components/privacy/privacy-settings-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Privacidade (LGPD)" };

/** The privacy notice, the controller's contact and the retention periods (audited). */
export default async function PrivacySettingsPage() {
  const user = await requireRole("/admin/privacidade", "ADMIN");
  const settings = shown(await privacyForEditor(user));
  return (
    <div className="max-w-4xl space-y-6">
      <Breadcrumb
        trail={[{ name: "Administração", href: "/admin" }]}
        current="Privacidade (LGPD)"
      />
      <h1 className="text-2xl font-semibold">Privacidade (LGPD)</h1>
      <PrivacySettingsForm initial={settings} />
    </div>
  );
}
