import "server-only";
import { isAdmin } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { idsContaining } from "@/lib/db/sql";
import { refusedSupportRead } from "./access";
import type { Actor } from "./actor";

/**
 * The organizations support picks from (queue filter, "em nome de", billing), by name: every one,
 * up to a bound a select can still show. The callers check that the reader is support.
 */
export function organizationChoices() {
  return db.organization.findMany({
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: 2_000,
  });
}

/** Most organizations a search offers: a list a person reads, not a directory. */
const ORGANIZATION_MATCHES = 20;

/**
 * The organizations whose name contains `text`, by name, for the queue's "Organização" filter
 * (components/ui/organization-picker.tsx); nothing for anyone who is not support.
 */
export async function findOrganizations(actor: Actor, text: string) {
  if (await refusedSupportRead(actor, "tickets.organizations")) return [];
  const ids = await idsContaining(db, { table: "Organization", columns: ["name"], text });
  return db.organization.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: ORGANIZATION_MATCHES,
  });
}

/**
 * The choices of the queue filters and bulk actions, limited to what this agent works on;
 * nothing for anyone who is not support (the list names every agent and organization).
 */
export async function queueOptions(actor: Actor, organizationId?: string) {
  if (await refusedSupportRead(actor, "tickets.queue-options")) {
    return { groups: [], allGroups: [], agents: [], organization: null, items: [] };
  }
  const groupScope = isAdmin(actor) ? {} : { id: { in: actor.groupIds } };
  const [groups, allGroups, agents, organization, items] = await Promise.all([
    db.supportGroup.findMany({
      where: { active: true, ...groupScope },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    // Transfers may go to any active group, not only the agent's own.
    db.supportGroup.findMany({
      where: { active: true },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.user.findMany({
      where: {
        active: true,
        role: "AGENT",
        ...(isAdmin(actor) ? {} : { groups: { some: { groupId: { in: actor.groupIds } } } }),
      },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    // The filter searches organizations as the person types: only the chosen one is named here.
    organizationId
      ? db.organization.findUnique({
          where: { id: organizationId },
          select: { id: true, name: true },
        })
      : null,
    db.catalogItem.findMany({
      where: { active: true },
      select: { id: true, title: true },
      orderBy: { title: "asc" },
    }),
  ]);
  return { groups, allGroups, agents, organization, items };
}
