import "server-only";
import { isAdmin } from "@/lib/auth/roles";
import { db, type Prisma } from "@/lib/db";
import { refusedSupportRead } from "./access";
import type { Actor } from "./actor";
import { mergedPage, type MergeOrder, type Partition } from "./merged-page";
import { activeTicketsPerGroup, countQueues } from "./queue-counts";
import { ACTIVE_STATES, type TicketState } from "./states";
import { ratingStats } from "./rating-stats";
import { queueTicketsWhere } from "./visibility";

const ticketSummary = {
  id: true,
  number: true,
  state: true,
  createdAt: true,
  resolutionDueAt: true,
  item: { select: { title: true } },
  organization: { select: { name: true } },
  group: { select: { name: true } },
} as const;

/** How many tickets each of the dashboard's lists shows. */
const LIST_SIZE = 10;

/**
 * The first tickets of the agent's groups in `states`, by `order`: one short index walk per group
 * and state ([groupId, state, <order>]), merged. Over all groups at once, SQLite and PostgreSQL
 * would sort every active ticket (about 100 ms each list at a million tickets).
 */
function firstTickets(
  actor: Actor,
  groupIds: readonly string[],
  states: readonly TicketState[],
  where: Prisma.TicketWhereInput,
  order: MergeOrder,
) {
  const partitions: Partition[] = groupIds.flatMap((groupId) =>
    states.map((state) => ({ groupId, state })),
  );
  return mergedPage({
    where: { AND: [queueTicketsWhere(actor), where] },
    partitions,
    order,
    direction: "asc",
    skip: 0,
    take: LIST_SIZE,
    select: ticketSummary,
  });
}

/**
 * The agent dashboard: tickets per queue and per group, those past or near their SLA, and the
 * oldest still waiting for support. Everything limited to what the agent may see; null for
 * anyone who is not support.
 */
export async function agentDashboard(actor: Actor, now = new Date()) {
  if (await refusedSupportRead(actor, "tickets.dashboard")) return null;
  const groupList = db.supportGroup.findMany({ select: { id: true, name: true } });
  // An admin's lists span every group, so they wait for the groups; an analyst's are in the session.
  const groupIds = isAdmin(actor) ? (await groupList).map((g) => g.id) : actor.groupIds;
  const soon = new Date(now.getTime() + 60 * 60_000);
  const [groups, queues, perGroup, breached, nearBreach, oldest, ratings] = await Promise.all([
    groupList,
    countQueues(actor),
    activeTicketsPerGroup(actor),
    firstTickets(
      actor,
      groupIds,
      ACTIVE_STATES,
      { resolutionDueAt: { lt: now } },
      "resolutionDueAt",
    ),
    firstTickets(
      actor,
      groupIds,
      ACTIVE_STATES,
      { resolutionDueAt: { gte: now, lt: soon } },
      "resolutionDueAt",
    ),
    firstTickets(actor, groupIds, ["OPEN"], {}, "createdAt"),
    ratingStats(actor, now),
  ]);
  const names = new Map(groups.map((g) => [g.id, g.name]));
  return {
    queues,
    perGroup: [...perGroup]
      .map(([groupId, count]) => ({ name: names.get(groupId) ?? "—", count }))
      .sort((a, b) => b.count - a.count),
    breached,
    nearBreach,
    oldest,
    ratings,
  };
}
