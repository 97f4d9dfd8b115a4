import "server-only";
import { db } from "@/lib/db";

/** The choices of the user form: organizations and support groups. */
export async function userFormChoices() {
  const [organizations, groups] = await Promise.all([
    db.organization.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.supportGroup.findMany({
      where: { active: true },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { organizations, groups };
}
