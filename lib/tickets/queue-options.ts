import "server-only";
import { isAdmin } from "@/lib/auth/roles";
import { db, Prisma } from "@/lib/db";
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

/** Most names a search offers: a list a person reads, not a directory. */
const SEARCH_MATCHES = 20;

/**
 * The organizations whose name contains `text`, by name, for the queue's "Organização" filter
 * (components/ui/search-picker.tsx); nothing for anyone who is not support.
 */
export async function findOrganizations(actor: Actor, text: string) {
  if (await refusedSupportRead(actor, "tickets.organizations")) return [];
  const ids = await idsContaining(db, { table: "Organization", columns: ["name"], text });
  return db.organization.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: SEARCH_MATCHES,
  });
}

/** Active analysts; for an analyst, those of the analyst's own groups (the queues it sees). */
const agentsSeenBy = (actor: Actor): Prisma.UserWhereInput => ({
  active: true,
  role: "AGENT",
  ...(isAdmin(actor) ? {} : { groups: { some: { groupId: { in: actor.groupIds } } } }),
});

/**
 * The analysts whose name contains `text`, by name, for the queue's "Responsável" filter; nothing
 * for anyone who is not support.
 */
export async function findAgents(actor: Actor, text: string) {
  if (await refusedSupportRead(actor, "tickets.agents")) return [];
  const ids = await idsContaining(db, {
    table: "User",
    columns: ["name"],
    text,
    equals: { role: "AGENT" },
  });
  return db.user.findMany({
    where: { id: { in: ids }, ...agentsSeenBy(actor) },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: SEARCH_MATCHES,
  });
}

/**
 * The choices of the queue filters and bulk actions, limited to what this agent works on;
 * nothing for anyone who is not support (the list names every agent and organization).
 */
export async function queueOptions(
  actor: Actor,
  chosen: { organizationId?: string; assigneeId?: string },
) {
  if (await refusedSupportRead(actor, "tickets.queue-options")) {
    return { groups: [], allGroups: [], assignee: null, organization: null, items: [] };
  }
  const [allGroups, assignee, organization, items] = await Promise.all([
    // Transfers may go to any active group, not only the agent's own.
    db.supportGroup.findMany({
      where: { active: true },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    // The filters search analysts and organizations as the person types: only the chosen are named.
    chosen.assigneeId
      ? db.user.findFirst({
          where: { id: chosen.assigneeId, ...agentsSeenBy(actor) },
          select: { id: true, name: true },
        })
      : null,
    chosen.organizationId
      ? db.organization.findUnique({
          where: { id: chosen.organizationId },
          select: { id: true, name: true },
        })
      : null,
    db.catalogItem.findMany({
      where: { active: true },
      select: { id: true, title: true },
      orderBy: { title: "asc" },
    }),
  ]);
  const seen = new Set(actor.groupIds);
  const groups = isAdmin(actor) ? allGroups : allGroups.filter((g) => seen.has(g.id));
  return { groups, allGroups, assignee, organization, items };
}
