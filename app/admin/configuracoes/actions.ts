"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { holidayInput, settingsInput } from "@/lib/admin/settings-schema";
import { addHoliday, removeHoliday, updateSettings } from "@/lib/admin/settings";

const ADMIN = ["ADMIN"] as const;

export const updateSettingsAction = authorizedAction(
  { roles: ADMIN, schema: settingsInput },
  async (user, input) => {
    const result = await updateSettings(user, input);
    revalidatePath("/admin/configuracoes");
    return result;
  },
);

export const addHolidayAction = authorizedAction(
  { roles: ADMIN, schema: holidayInput },
  async (user, input) => {
    const result = await addHoliday(user, input);
    revalidatePath("/admin/configuracoes");
    return result;
  },
);

export const removeHolidayAction = authorizedAction(
  { roles: ADMIN, schema: z.strictObject({ date: z.string().min(1) }) },
  async (user, input) => {
    const result = await removeHoliday(user, input.date);
    revalidatePath("/admin/configuracoes");
    return result;
  },
);
