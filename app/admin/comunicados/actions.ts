"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction, adminSaveAction, recordId, savedForm } from "@/lib/admin/admin-action";
import type { AnnouncementFormValues } from "@/lib/admin/announcement-schema";
import { deleteAnnouncement, saveAnnouncement } from "@/lib/admin/announcements";

/** Creates or edits an announcement; the values are checked by the service's schema. */
export const saveAnnouncementAction = adminSaveAction(
  { action: "announcement.save", schema: savedForm },
  async (user, input) => {
    const result = await saveAnnouncement(user, {
      ...(input.values as AnnouncementFormValues),
      id: input.id,
    });
    revalidatePath("/admin/comunicados");
    return result;
  },
);

export const deleteAnnouncementAction = adminAction(
  { action: "announcement.delete", schema: z.strictObject({ id: recordId }) },
  async (user, input) => {
    const result = await deleteAnnouncement(user, input.id);
    revalidatePath("/admin/comunicados");
    return result;
  },
);
