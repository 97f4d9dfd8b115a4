"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { saveGroup, saveOrganization } from "@/lib/admin/organizations";
import type { groupInput, organizationInput } from "@/lib/admin/organization-schema";

const ADMIN = ["ADMIN"] as const;
const save = z.object({ id: z.string().min(1).optional(), values: z.unknown() });

/** Creates or edits an organization; the values are checked by the service's schema. */
export const saveOrganizationAction = authorizedAction(
  { roles: ADMIN, schema: save },
  async (user, input) => {
    const result = await saveOrganization(user, {
      ...(input.values as z.input<typeof organizationInput>),
      id: input.id,
    });
    revalidatePath("/admin/organizacoes");
    return result;
  },
);

/** Creates or edits a support group and its members; checked by the service's schema. */
export const saveGroupAction = authorizedAction(
  { roles: ADMIN, schema: save },
  async (user, input) => {
    const result = await saveGroup(user, {
      ...(input.values as z.input<typeof groupInput>),
      id: input.id,
    });
    revalidatePath("/admin/grupos");
    return result;
  },
);
