"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { CSV_IMPORT_MAX_BYTES, CSV_TOO_LARGE, userInput } from "@/lib/admin/user-schema";
import { createUser, importUsers, sendFirstAccess, updateUser } from "@/lib/admin/users";

const ADMIN = ["ADMIN"] as const;

/** Creates a user (no id) or edits one; the values are checked by the service's userInput. */
export const saveUserAction = authorizedAction(
  { roles: ADMIN, schema: z.object({ id: z.string().min(1).optional(), values: z.unknown() }) },
  async (user, input) => {
    const values = input.values as z.input<typeof userInput>;
    const result = input.id
      ? await updateUser(user, input.id, values)
      : await createUser(user, values);
    revalidatePath("/admin/usuarios");
    return result;
  },
);

export const firstAccessAction = authorizedAction(
  { roles: ADMIN, schema: z.object({ id: z.string().min(1) }) },
  (user, input) => sendFirstAccess(user, input.id),
);

export const importUsersAction = authorizedAction(
  { roles: ADMIN, schema: z.object({ csv: z.string().max(CSV_IMPORT_MAX_BYTES, CSV_TOO_LARGE) }) },
  async (user, input) => {
    const result = await importUsers(user, input.csv);
    revalidatePath("/admin/usuarios");
    return result;
  },
);
