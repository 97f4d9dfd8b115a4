import "server-only";
import { db, isUniqueViolation } from "@/lib/db";
import { reindexCatalogItem } from "@/lib/search";

/**
 * The privacy queue: the "Encarregado de dados" support group and the catalogue item its
 * tickets are opened with ("Direitos do titular (LGPD)"), created the first time someone asks.
 * An admin adds the group's analysts in "Grupos de atendimento".
 */
export const PRIVACY_GROUP = "Encarregado de dados";
export const RIGHTS_ITEM_SLUG = "direitos-do-titular";
export const RIGHTS_FIELD = "pedido";
export const RIGHTS_KINDS = {
  correction: "Correção de dados",
  deletion: "Exclusão de dados (anonimização)",
} as const;

/** The item (with its group), created once; two first requests at once end with one. */
export async function privacyQueue(): Promise<{ id: string; groupId: string }> {
  const existing = await db.catalogItem.findUnique({
    where: { slug: RIGHTS_ITEM_SLUG },
    select: { id: true, groupId: true },
  });
  if (existing) return existing;
  try {
    return await db.$transaction(async (tx) => {
      const group = await tx.supportGroup.upsert({
        where: { name: PRIVACY_GROUP },
        create: {
          name: PRIVACY_GROUP,
          description: "Pedidos dos titulares de dados pessoais (LGPD): correção e exclusão.",
        },
        update: {},
      });
      const category = await tx.catalogCategory.upsert({
        where: { slug: "privacidade" },
        create: { slug: "privacidade", name: "Privacidade e dados pessoais" },
        update: {},
      });
      const item = await tx.catalogItem.create({
        data: {
          slug: RIGHTS_ITEM_SLUG,
          title: "Direitos do titular (LGPD)",
          subtitle: "Correção ou exclusão dos seus dados pessoais",
          description:
            "Peça a correção ou a exclusão dos seus dados pessoais. A resposta vem em até 15 dias (Lei 13.709/2018, art. 19).",
          categoryId: category.id,
          groupId: group.id,
          fields: {
            create: {
              key: RIGHTS_FIELD,
              label: "Pedido",
              type: "SELECT",
              options: Object.values(RIGHTS_KINDS),
              required: true,
            },
          },
        },
        select: { id: true, groupId: true },
      });
      await reindexCatalogItem(tx, item.id);
      return item;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.catalogItem.findUniqueOrThrow({
      where: { slug: RIGHTS_ITEM_SLUG },
      select: { id: true, groupId: true },
    });
  }
}
