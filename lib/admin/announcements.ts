import "server-only";
import { db } from "@/lib/db";
import { getPortalSettings } from "@/lib/portal-settings";
import { refuse } from "@/lib/refusal";
import { notFound, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { endOfDay, startOfDay } from "@/lib/time/zone";
import type { Saved } from "./admin-action";
import { readAsAdmin, requireAdmin } from "./admin-only";
import { audit } from "./audit";
import type { AnnouncementData } from "./announcement-schema";

/** The portal's local days as instants: from the start of `startsOn` to the end of `endsOn`. */
function toRow(input: AnnouncementData, timeZone: string) {
  return {
    title: input.title,
    body: input.body,
    startsAt: startOfDay(input.startsOn, timeZone),
    endsAt: input.endsOn ? endOfDay(input.endsOn, timeZone) : null,
  };
}

/** The admin's list of announcements, newest first. */
export function listAnnouncements(actor: Actor) {
  return readAsAdmin(actor, "announcement.list", () =>
    db.announcement.findMany({ orderBy: { startsAt: "desc" }, take: 200 }),
  );
}

/** Creates ("id" absent) or edits an announcement, with the audit entry. */
export async function saveAnnouncement(
  actor: Actor,
  { id, values }: Saved<AnnouncementData>,
): Promise<ServiceResult<{ id: string }>> {
  requireAdmin(actor, "announcement.save");
  const data = toRow(values, (await getPortalSettings()).timeZone);
  return db.$transaction(async (tx) => {
    if (!id) {
      const created = await tx.announcement.create({ data });
      await audit(tx, actor.id, {
        action: "announcement.create",
        entityType: "announcement",
        entityId: created.id,
        after: data,
      });
      return ok({ id: created.id });
    }
    const before = await tx.announcement.findUnique({ where: { id } });
    if (!before) refuse(notFound("Comunicado não encontrado."));
    await tx.announcement.update({ where: { id }, data });
    await audit(tx, actor.id, {
      action: "announcement.update",
      entityType: "announcement",
      entityId: id,
      before,
      after: data,
    });
    return ok({ id });
  });
}

export async function deleteAnnouncement(actor: Actor, id: string): Promise<ServiceResult<null>> {
  requireAdmin(actor, "announcement.delete");
  return db.$transaction(async (tx) => {
    const before = await tx.announcement.findUnique({ where: { id } });
    if (!before) refuse(notFound("Comunicado não encontrado."));
    await tx.announcement.delete({ where: { id } });
    await audit(tx, actor.id, {
      action: "announcement.delete",
      entityType: "announcement",
      entityId: id,
      before,
    });
    return ok(null);
  });
}
