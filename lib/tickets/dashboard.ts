import "server-only";
import { db } from "@/lib/db";
import { refusedSupportRead } from "./access";
import type { Actor } from "./actor";
import { activeTicketsPerGroup, countQueues } from "./queue-counts";
import { ACTIVE_STATES } from "./states";
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

/**
 * The agent dashboard: tickets per queue and per group, those past or near their SLA, and the
 * oldest still waiting for support. Everything limited to what the agent may see; null for
 * anyone who is not support.
 */
export async function agentDashboard(actor: Actor, now = new Date()) {
  if (await refusedSupportRead(actor, "tickets.dashboard")) return null;
  const active = { AND: [queueTicketsWhere(actor), { state: { in: [...ACTIVE_STATES] } }] };
  const soon = new Date(now.getTime() + 60 * 60_000);
  const [queues, perGroup, groups, breached, nearBreach, oldest, ratings] = await Promise.all([
    countQueues(actor),
    activeTicketsPerGroup(actor),
    db.supportGroup.findMany({ select: { id: true, name: true } }),
    db.ticket.findMany({
      where: { AND: [active, { resolutionDueAt: { lt: now } }] },
      select: ticketSummary,
      orderBy: { resolutionDueAt: "asc" },
      take: 10,
    }),
    db.ticket.findMany({
      where: { AND: [active, { resolutionDueAt: { gte: now, lt: soon } }] },
      select: ticketSummary,
      orderBy: { resolutionDueAt: "asc" },
      take: 10,
    }),
    db.ticket.findMany({
      where: { AND: [queueTicketsWhere(actor), { state: "OPEN" }] },
      select: ticketSummary,
      orderBy: { createdAt: "asc" },
      take: 10,
    }),
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
