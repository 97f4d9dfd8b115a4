"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction, adminSaveAction, savedForm } from "@/lib/admin/admin-action";
import { saveCategory, saveItem } from "@/lib/catalog/admin";
import { moveInCatalogue } from "@/lib/catalog/admin-order";
import { categoryInput, itemInput, moveInput } from "@/lib/catalog/item-schema";

/** The requesters' catalogue pages show what the admin just changed. */
function revalidateCatalogue() {
  revalidatePath("/admin/catalogo", "layout");
  revalidatePath("/catalogo", "layout");
}

/** Creates or edits a category. */
export const saveCategoryAction = adminSaveAction(
  { action: "category.save", schema: savedForm(categoryInput) },
  async (user, input) => {
    const result = await saveCategory(user, input);
    revalidateCatalogue();
    return result;
  },
);

/** Creates or edits an item and its form, against the version the editor loaded. */
export const saveItemAction = adminSaveAction(
  {
    action: "item.save",
    schema: savedForm(itemInput).extend({ version: z.iso.datetime().optional() }),
  },
  async (user, input) => {
    const result = await saveItem(user, input);
    revalidateCatalogue();
    return result;
  },
);

/** "Subir" / "Descer" a category or an item among its siblings. */
export const moveInCatalogueAction = adminAction(
  { action: "catalogue.move", schema: moveInput },
  async (user, input) => {
    const result = await moveInCatalogue(user, input);
    revalidateCatalogue();
    return result;
  },
);
