"use server";

import { revalidatePath } from "next/cache";
import { adminSaveAction, savedForm } from "@/lib/admin/admin-action";
import { saveGroup, saveOrganization } from "@/lib/admin/organizations";
import type { GroupFormValues, OrganizationFormValues } from "@/lib/admin/organization-schema";

/** Creates or edits an organization; the values are checked by the service's schema. */
export const saveOrganizationAction = adminSaveAction(
  { action: "organization.save", schema: savedForm },
  async (user, input) => {
    const result = await saveOrganization(user, {
      ...(input.values as OrganizationFormValues),
      id: input.id,
    });
    revalidatePath("/admin/organizacoes");
    return result;
  },
);

/** Creates or edits a support group and its members; checked by the service's schema. */
export const saveGroupAction = adminSaveAction(
  { action: "group.save", schema: savedForm },
  async (user, input) => {
    const result = await saveGroup(user, { ...(input.values as GroupFormValues), id: input.id });
    revalidatePath("/admin/grupos");
    return result;
  },
);
