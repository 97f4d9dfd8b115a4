import { isSupport } from "@/lib/auth/roles";
import type { TicketState } from "@/lib/db/generated/enums";
import { forbidden, invalid, notFound, type ServiceError } from "@/lib/result";
import type { Actor } from "./actor";
import { relationsOf, worksOn, type TicketParties } from "./relations";
import { RATING_CHANGE_DAYS } from "./rating-words";

/**
 * Who may do what with a ticket's rating ("Avaliar Atendimento"), in one pure function that the
 * service asks before writing and the pages ask before drawing the form:
 * - the rating is the customer's: only the ticket's requester or the person it was for, never
 *   support (an analyst who opened it on a customer's behalf does not rate their own group);
 * - only a closed ticket ("Fechada": accepted or closed by itself; a cancelled one was never
 *   served);
 * - one rating per ticket, changeable by the person who gave it for RATING_CHANGE_DAYS, then final.
 * The rating is shown to those two people and to support; followers do not see it.
 */
export type RatingStanding =
  | { may: "rate" }
  | { may: "change"; until: Date }
  | { may: "view"; refusal: ServiceError }
  /** May not see the rating: not on the ticket (answered as "not found"), or a follower. */
  | { may: "none"; refusal: ServiceError };

type RatedTicket = TicketParties & { state: TicketState };
type GivenRating = { userId: string; createdAt: Date } | null;

const DAY_MS = 24 * 60 * 60_000;

export const changeDeadline = (rating: { createdAt: Date }) =>
  new Date(rating.createdAt.getTime() + RATING_CHANGE_DAYS * DAY_MS);

export function ratingStanding(
  actor: Actor,
  ticket: RatedTicket,
  rating: GivenRating,
  now: Date,
): RatingStanding {
  const relations = relationsOf(actor, ticket);
  const customer =
    !isSupport(actor) && (relations.has("requester") || relations.has("requestedFor"));
  if (!customer) {
    if (relations.size === 0) return { may: "none", refusal: notFound() };
    const refusal = forbidden(NOT_THEIRS);
    return worksOn(relations) ? { may: "view", refusal } : { may: "none", refusal };
  }
  if (ticket.state !== "CLOSED") return { may: "view", refusal: invalid({}, NOT_CLOSED) };
  if (!rating) return { may: "rate" };
  if (rating.userId !== actor.id) return { may: "view", refusal: invalid({}, SOMEONE_ELSE) };
  const until = changeDeadline(rating);
  if (now.getTime() >= until.getTime()) return { may: "view", refusal: invalid({}, FINAL) };
  return { may: "change", until };
}

const NOT_THEIRS =
  "Apenas quem abriu a solicitação ou a pessoa para quem ela foi aberta pode avaliar o atendimento.";
const NOT_CLOSED = "Só é possível avaliar o atendimento de uma solicitação fechada.";
const SOMEONE_ELSE = "O atendimento desta solicitação já foi avaliado por outra pessoa.";
const FINAL = `A avaliação só pode ser alterada até ${RATING_CHANGE_DAYS} dias depois de feita.`;
