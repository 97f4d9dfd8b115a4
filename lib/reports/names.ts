import "server-only";
import { db } from "@/lib/db";

export type Dimension = "groupId" | "itemId" | "organizationId" | "assigneeId";

/** The names of the records a report lists by id (a removed one shows as "—"). */
export async function namesOf(dimension: Dimension, ids: string[]): Promise<Map<string, string>> {
  const where = { where: { id: { in: ids } } };
  const rows =
    dimension === "groupId"
      ? await db.supportGroup.findMany({ ...where, select: { id: true, name: true } })
      : dimension === "itemId"
        ? (await db.catalogItem.findMany({ ...where, select: { id: true, title: true } })).map(
            (i) => ({ id: i.id, name: i.title }),
          )
        : dimension === "organizationId"
          ? await db.organization.findMany({ ...where, select: { id: true, name: true } })
          : await db.user.findMany({ ...where, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}
