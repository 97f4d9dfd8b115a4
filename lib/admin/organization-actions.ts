"use server";

import { revalidatePath } from "next/cache";
import { adminSaveAction, savedForm } from "@/lib/admin/admin-action";
import { saveGroup, saveOrganization } from "@/lib/admin/organizations";
import { groupInput, organizationInput } from "@/lib/admin/organization-schema";

/** Creates or edits an organization. */
export const saveOrganizationAction = adminSaveAction(
  { action: "organization.save", schema: savedForm(organizationInput) },
  async (user, input) => {
    const result = await saveOrganization(user, input);
    revalidatePath("/admin/organizacoes");
    return result;
  },
);

/** Creates or edits a support group and its members. */
export const saveGroupAction = adminSaveAction(
  { action: "group.save", schema: savedForm(groupInput) },
  async (user, input) => {
    const result = await saveGroup(user, input);
    revalidatePath("/admin/grupos");
    return result;
  },
);
