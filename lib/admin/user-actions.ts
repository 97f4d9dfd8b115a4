"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction, adminSaveAction, recordId, savedForm } from "@/lib/admin/admin-action";
import { CSV_IMPORT_MAX_BYTES, CSV_TOO_LARGE, userInput } from "@/lib/admin/user-schema";
import { importUsers } from "@/lib/admin/user-import";
import { createUser, sendFirstAccess, updateUser } from "@/lib/admin/users";
import { requestKeySchema } from "@/lib/forms/request-key";

/** Creates a user (no id) or edits one. */
export const saveUserAction = adminSaveAction(
  { action: "user.save", schema: savedForm(userInput) },
  async (user, { id, values }) => {
    const result = id ? await updateUser(user, id, values) : await createUser(user, values);
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
