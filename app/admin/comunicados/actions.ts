"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { announcementInput } from "@/lib/admin/announcement-schema";
import { deleteAnnouncement, saveAnnouncement } from "@/lib/admin/announcements";

const ADMIN = ["ADMIN"] as const;

export const saveAnnouncementAction = authorizedAction(
  {
    roles: ADMIN,
    schema: z.object({ id: z.string().min(1).optional(), values: announcementInput }),
  },
  async (user, input) => {
    const result = await saveAnnouncement(user, { ...input.values, id: input.id });
    revalidatePath("/admin/comunicados");
    return result;
  },
);

export const deleteAnnouncementAction = authorizedAction(
  { roles: ADMIN, schema: z.object({ id: z.string().min(1) }) },
  async (user, input) => {
    const result = await deleteAnnouncement(user, input.id);
    revalidatePath("/admin/comunicados");
    return result;
  },
);
