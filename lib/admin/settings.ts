import "server-only";
import { db, isUniqueViolation } from "@/lib/db";
import { refuse } from "@/lib/refusal";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import { forgetPortalSettings } from "@/lib/portal-settings";
import { getSettings } from "@/lib/settings";
import type { Actor } from "@/lib/tickets/actor";
import { readAsAdmin, requireAdmin } from "./admin-only";
import { audit } from "./audit";
import type { HolidayData, SettingsData } from "./settings-schema";

/** What the settings page edits: the portal's settings and its holidays. */
export function settingsForEditor(actor: Actor) {
  return readAsAdmin(actor, "settings.read", async () => {
    const [settings, holidays] = await Promise.all([
      getSettings(db),
      db.holiday.findMany({ orderBy: { date: "asc" } }),
    ]);
    return { settings, holidays };
  });
}

/** Saves the portal's settings (one row), with the change in the audit log. */
export async function updateSettings(
  actor: Actor,
  values: SettingsData,
): Promise<ServiceResult<null>> {
  requireAdmin(actor, "settings.update");
  const data = {
    ...values,
    businessDays: [...new Set(values.businessDays)].sort().join(","),
    attachmentKinds: [...new Set(values.attachmentKinds)].join(","),
  };
  await db.$transaction(async (tx) => {
    const before = await getSettings(tx);
    await tx.settings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    await audit(tx, actor.id, {
      action: "settings.update",
      entityType: "settings",
      entityId: "1",
      before,
      after: data,
    });
  });
  forgetPortalSettings();
  return ok(null);
}

export async function addHoliday(actor: Actor, holiday: HolidayData): Promise<ServiceResult<null>> {
  requireAdmin(actor, "holiday.create");
  try {
    await db.$transaction(async (tx) => {
      await tx.holiday.create({ data: holiday });
      await audit(tx, actor.id, {
        action: "holiday.create",
        entityType: "holiday",
        entityId: holiday.date,
        after: holiday,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) refuse(invalid({ date: "Esta data já é feriado." }));
    throw error;
  }
  return ok(null);
}

export async function removeHoliday(actor: Actor, date: string): Promise<ServiceResult<null>> {
  requireAdmin(actor, "holiday.delete");
  return db.$transaction(async (tx) => {
    const holiday = await tx.holiday.findUnique({ where: { date } });
    if (!holiday) refuse(notFound("Feriado não encontrado."));
    await tx.holiday.delete({ where: { date } });
    await audit(tx, actor.id, {
      action: "holiday.delete",
      entityType: "holiday",
      entityId: date,
      before: holiday,
    });
    return ok(null);
  });
}
