"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/admin-action";
import { holidayInput, removedHoliday, settingsInput } from "@/lib/admin/settings-schema";
import { addHoliday, removeHoliday, updateSettings } from "@/lib/admin/settings";

export const updateSettingsAction = adminAction(
  { action: "settings.update", schema: settingsInput },
  async (user, input) => {
    const result = await updateSettings(user, input);
    revalidatePath("/admin/configuracoes");
    return result;
  },
);

export const addHolidayAction = adminAction(
  { action: "holiday.create", schema: holidayInput },
  async (user, input) => {
    const result = await addHoliday(user, input);
    revalidatePath("/admin/configuracoes");
    return result;
  },
);

export const removeHolidayAction = adminAction(
  { action: "holiday.delete", schema: removedHoliday },
  async (user, input) => {
    const result = await removeHoliday(user, input.date);
    revalidatePath("/admin/configuracoes");
    return result;
  },
);
