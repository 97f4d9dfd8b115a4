"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction, adminSaveAction, recordId, savedForm } from "@/lib/admin/admin-action";
import { announcementInput } from "@/lib/admin/announcement-schema";
import { deleteAnnouncement, saveAnnouncement } from "@/lib/admin/announcements";

/** Creates or edits an announcement. */
export const saveAnnouncementAction = adminSaveAction(
  { action: "announcement.save", schema: savedForm(announcementInput) },
  async (user, input) => {
    const result = await saveAnnouncement(user, input);
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
