import "server-only";
import { isSupport } from "@/lib/auth/roles";
import { db, type Prisma } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { recordPermissionRefusal } from "@/lib/security/events";
import type { Actor } from "./actor";
import { ratingStanding } from "./rating-rules";
import { partiesSelect } from "./relations";
import { listTickets, parseTicketNumber, requestColumns, type ListInput } from "./ticket-list";
import { visibleTicketsWhere } from "./visibility";

/**
 * The reads of "Avaliar Atendimento". None of them writes (but the security log line for a ticket
 * the reader may not see): the page a closing e-mail links to is a GET that mail scanners follow,
 * and only the click on "Confirmar avaliação" (rating-actions.ts) records a rating.
 */

export type RatingView = {
  ticket: { id: string; number: string; itemTitle: string; closedAt: Date | null };
  rating: { score: number; comment: string | null; raterName: string; updatedAt: Date } | null;
  /** "rate" and "change" draw the form; "view" shows the rating (or its absence) and why not. */
  may: "rate" | "change" | "view";
  /** Until when the reader may change their rating. */
  until?: Date;
  /** Why the reader may not rate ("view"). */
  reason?: string;
};

/** The rating of the ticket numbered `number` ("CS0000123") as `actor` may see it; null: nothing to show. */
export async function ratingView(
  actor: Actor,
  number: string,
  clock: Clock = systemClock,
): Promise<RatingView | null> {
  const canonical = parseTicketNumber(number);
  if (!canonical) return null;
  const ticket = await db.ticket.findUnique({
    where: { number: canonical },
    select: {
      id: true,
      number: true,
      state: true,
      closedAt: true,
      ...partiesSelect,
      item: { select: { title: true } },
      rating: {
        select: {
          userId: true,
          score: true,
          comment: true,
          createdAt: true,
          updatedAt: true,
          user: { select: { name: true } },
        },
      },
    },
  });
  if (!ticket) return null;
  const parties = { ...ticket, followerIds: ticket.followers.map((f) => f.userId) };
  const standing = ratingStanding(actor, parties, ticket.rating, clock());
  if (standing.may === "none") {
    if (standing.refusal.error === "not-found") await recordPermissionRefusal(actor, ticket.number);
    return null;
  }
  const { rating } = ticket;
  return {
    ticket: {
      id: ticket.id,
      number: ticket.number,
      itemTitle: ticket.item.title,
      closedAt: ticket.closedAt,
    },
    rating: rating && {
      score: rating.score,
      comment: rating.comment,
      raterName: rating.user.name,
      updatedAt: rating.updatedAt,
    },
    may: standing.may,
    ...(standing.may === "change" ? { until: standing.until } : {}),
    ...(standing.may === "view" ? { reason: standing.refusal.message } : {}),
  };
}

/** The closed tickets `actor` opened or that were for them, not rated yet (support: none). */
function awaitingRatingScope(actor: Actor): Prisma.TicketWhereInput {
  if (isSupport(actor)) return { id: { in: [] } };
  return {
    state: "CLOSED",
    rating: { is: null },
    OR: [{ requesterId: actor.id }, { requestedForId: actor.id }],
  };
}

/** The list "Avaliar Atendimento": newest closed first by default. */
export function listAwaitingRating(actor: Actor, input: ListInput = {}) {
  return listTickets(visibleTicketsWhere(actor), awaitingRatingScope(actor), input, requestColumns);
}

/** How many tickets wait for `actor`'s rating (the home page's reminder). */
export function countAwaitingRating(actor: Actor): Promise<number> {
  return db.ticket.count({
    where: { AND: [visibleTicketsWhere(actor), awaitingRatingScope(actor)] },
  });
}
