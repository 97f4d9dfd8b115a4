import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/tickets/actor";
import { reportGroupIds } from "./scope";

/**
 * The choices of the reports' filters, limited to what the user's reports can count: an analyst
 * sees their groups, those groups' items and fellow analysts; organizations are every customer.
 */
export async function reportFilterOptions(actor: Actor) {
  const groupIds = reportGroupIds(actor);
  const inGroups = groupIds ? { id: { in: groupIds } } : {};
  const [groups, items, organizations, analysts] = await Promise.all([
    db.supportGroup.findMany({
      where: inGroups,
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.catalogItem.findMany({
      where: groupIds ? { groupId: { in: groupIds } } : {},
      select: { id: true, title: true },
      orderBy: { title: "asc" },
    }),
    db.organization.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.user.findMany({
      where: {
        role: { in: ["AGENT", "ADMIN"] },
        ...(groupIds ? { groups: { some: { groupId: { in: groupIds } } } } : {}),
      },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    groups: groups.map((g) => [g.id, g.name] as const),
    items: items.map((i) => [i.id, i.title] as const),
    organizations: organizations.map((o) => [o.id, o.name] as const),
    analysts: analysts.map((a) => [a.id, a.name] as const),
  };
}
