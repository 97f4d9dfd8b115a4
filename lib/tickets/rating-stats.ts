import "server-only";
import { isAdmin } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Actor } from "./actor";

/** How far back the dashboard's satisfaction figures look. */
export const RATING_STATS_DAYS = 30;

export type RatingFigure = { name: string; average: number; count: number };

/**
 * "Avaliar Atendimento" on the agent dashboard: the average score and the number of ratings per
 * group and per analyst, of ratings first given in the last 30 days, for the groups the agent
 * works in (admins: all). Both are read from the (groupId, createdAt) index of TicketRating,
 * which carries the ticket's group and analyst as they were when it was rated.
 */
export async function ratingStats(actor: Actor, now: Date) {
  const groups = await db.supportGroup.findMany({
    where: isAdmin(actor) ? {} : { id: { in: actor.groupIds } },
    select: { id: true, name: true },
  });
  const where = {
    groupId: { in: groups.map((g) => g.id) },
    createdAt: { gte: new Date(now.getTime() - RATING_STATS_DAYS * 24 * 60 * 60_000) },
  };
  const figures = { _avg: { score: true }, _count: { _all: true } } as const;
  const [perGroup, perAnalyst] = await Promise.all([
    db.ticketRating.groupBy({ by: ["groupId"], where, ...figures }),
    db.ticketRating.groupBy({ by: ["assigneeId"], where, ...figures }),
  ]);
  const analysts = await db.user.findMany({
    where: { id: { in: perAnalyst.flatMap((a) => (a.assigneeId ? [a.assigneeId] : [])) } },
    select: { id: true, name: true },
  });
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  const analystNames = new Map(analysts.map((a) => [a.id, a.name]));
  type Row = { _avg: { score: number | null }; _count: { _all: number } };
  const figure = (name: string, row: Row): RatingFigure => ({
    name,
    average: row._avg.score ?? 0,
    count: row._count._all,
  });
  const byName = (a: RatingFigure, b: RatingFigure) => a.name.localeCompare(b.name, "pt-BR");
  return {
    perGroup: perGroup.map((g) => figure(groupNames.get(g.groupId) ?? "—", g)).sort(byName),
    perAnalyst: perAnalyst
      .map((a) =>
        figure(a.assigneeId ? (analystNames.get(a.assigneeId) ?? "—") : "Sem responsável", a),
      )
      .sort(byName),
  };
}
