import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { listAnnouncements } from "@/lib/admin/announcements";
import { shown } from "@/lib/admin/shown";
import { getPortalTime } from "@/lib/time/portal-time";
import { dayOf } from "@/lib/time/zone";
import { AnnouncementEditor } from "@/components/admin/announcement-editor";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Comunicados" };

/** "Comunicado": the notices of the requesters' home page, each between its dates. */
export default async function AnnouncementsPage() {
  const user = await requireRole("/admin/comunicados", "ADMIN");
  const rows = shown(await listAnnouncements(user));
  // The portal's local day of an instant, for the date inputs.
  const { timeZone } = await getPortalTime();
  const day = (at: Date) => dayOf(at, timeZone);
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ name: "Administração", href: "/admin" }]} current="Comunicados" />
      <h1 className="text-2xl font-semibold">Comunicados</h1>
      <AnnouncementEditor
        announcements={rows.map((a) => ({
          id: a.id,
          title: a.title,
          body: a.body,
          startsOn: day(a.startsAt),
          // endsAt is the end of the last day: the day before it, locally.
          endsOn: a.endsAt ? day(new Date(a.endsAt.getTime() - 1)) : "",
        }))}
      />
    </div>
  );
}
