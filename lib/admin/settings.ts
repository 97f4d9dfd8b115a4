import "server-only";
import { z } from "zod";
import { db, isUniqueViolation } from "@/lib/db";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import { getSettings } from "@/lib/settings";
import type { Actor } from "@/lib/tickets/actor";
import { fieldErrorsOf } from "@/lib/validation";
import { refuseNonAdmin } from "./admin-only";
import { audit } from "./audit";
import { holidayInput, settingsInput } from "./settings-schema";

/** Saves the portal's settings (one row), with the change in the audit log. */
export async function updateSettings(
  actor: Actor,
  input: z.input<typeof settingsInput>,
): Promise<ServiceResult<null>> {
  const notAdmin = await refuseNonAdmin(actor, "settings.update");
  if (notAdmin) return notAdmin;
  const parsed = settingsInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const data = {
    ...parsed.data,
    businessDays: [...new Set(parsed.data.businessDays)].sort().join(","),
    attachmentKinds: [...new Set(parsed.data.attachmentKinds)].join(","),
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
  return ok(null);
}

export async function addHoliday(
  actor: Actor,
  input: z.input<typeof holidayInput>,
): Promise<ServiceResult<null>> {
  const notAdmin = await refuseNonAdmin(actor, "holiday.create");
  if (notAdmin) return notAdmin;
  const parsed = holidayInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  try {
    await db.$transaction(async (tx) => {
      await tx.holiday.create({ data: parsed.data });
      await audit(tx, actor.id, {
        action: "holiday.create",
        entityType: "holiday",
        entityId: parsed.data.date,
        after: parsed.data,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ date: "Esta data já é feriado." });
    throw error;
  }
  return ok(null);
}

export async function removeHoliday(actor: Actor, date: string): Promise<ServiceResult<null>> {
  const notAdmin = await refuseNonAdmin(actor, "holiday.delete");
  if (notAdmin) return notAdmin;
  return db.$transaction(async (tx) => {
    const holiday = await tx.holiday.findUnique({ where: { date } });
    if (!holiday) return notFound("Feriado não encontrado.");
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
