"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction, adminSaveAction, recordId, savedForm } from "@/lib/admin/admin-action";
import { CSV_IMPORT_MAX_BYTES, CSV_TOO_LARGE, type UserFormValues } from "@/lib/admin/user-schema";
import { importUsers } from "@/lib/admin/user-import";
import { createUser, sendFirstAccess, updateUser } from "@/lib/admin/users";
import { requestKeySchema } from "@/lib/forms/request-key";

/** Creates a user (no id) or edits one; the values are checked by the service's userInput. */
export const saveUserAction = adminSaveAction(
  { action: "user.save", schema: savedForm },
  async (user, input) => {
    const values = input.values as UserFormValues;
    const result = input.id
      ? await updateUser(user, input.id, values)
      : await createUser(user, values);
    revalidatePath("/admin/usuarios");
    return result;
  },
);

export const firstAccessAction = adminAction(
  { action: "user.firstAccess", schema: z.strictObject({ id: recordId }) },
  (user, input) => sendFirstAccess(user, input.id),
);

/** The import runs once per form key: sending the same file twice by accident adds nobody twice. */
export const importUsersAction = adminSaveAction(
  {
    action: "user.import",
    schema: z.strictObject({
      key: requestKeySchema,
      csv: z.string().max(CSV_IMPORT_MAX_BYTES, CSV_TOO_LARGE),
    }),
  },
  async (user, input) => {
    const result = await importUsers(user, input.csv);
    revalidatePath("/admin/usuarios");
    return result;
  },
);
