import "server-only";
import { z } from "zod";
import { db, isUniqueViolation, type Tx } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import { queueLowRatingMails } from "@/lib/notifications/rating-mails";
import { refuse } from "@/lib/refusal";
import { conflict, invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import { fieldErrorsOf, multiLine } from "@/lib/validation";
import type { Actor } from "./actor";
import { ratingStanding } from "./rating-rules";
import { COMMENT_MAX, LOW_SCORE } from "./rating-words";
import { partiesSelect } from "./relations";

const SCORE_MESSAGE = "Escolha uma nota de 1 a 5.";

export const rateInput = z.strictObject({
  ticketId: z.string().min(1).max(100),
  score: z
    .number({ error: SCORE_MESSAGE })
    .int(SCORE_MESSAGE)
    .min(1, SCORE_MESSAGE)
    .max(5, SCORE_MESSAGE),
  comment: z.string().trim().pipe(multiLine(COMMENT_MAX, "O comentário")).optional(),
});

export type RateInput = z.input<typeof rateInput>;

const RACED = "A avaliação foi registrada em outra janela. Recarregue a página.";

/**
 * "Avaliar Atendimento": records or changes the rating of a closed ticket, as rating-rules.ts
 * allows, and tells the group's analysts when it becomes low (a new rating of 1 or 2, or a change
 * down to it: once each time, not again for a change from 2 to 1). A refusal writes nothing.
 */
export async function rateTicket(
  actor: Actor,
  rawInput: RateInput,
  clock: Clock = systemClock,
): Promise<ServiceResult<{ score: number }>> {
  const parsed = rateInput.safeParse(rawInput);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  try {
    await db.$transaction((tx) => writeRating(tx, actor, input, clock()));
  } catch (error) {
    // Two first ratings at once (a double click, two tabs): the ticket's row is the key.
    if (isUniqueViolation(error)) refuse(conflict(RACED));
    throw error;
  }
  return ok({ score: input.score });
}

async function writeRating(tx: Tx, actor: Actor, input: z.output<typeof rateInput>, now: Date) {
  const ticket = await tx.ticket.findUnique({
    where: { id: input.ticketId },
    select: {
      id: true,
      number: true,
      state: true,
      assigneeId: true,
      ...partiesSelect,
      item: { select: { title: true } },
      group: { select: { name: true } },
      rating: { select: { userId: true, score: true, createdAt: true, updatedAt: true } },
    },
  });
  if (!ticket) refuse(notFound());
  const parties = { ...ticket, followerIds: ticket.followers.map((f) => f.userId) };
  const standing = ratingStanding(actor, parties, ticket.rating, now);
  if (standing.may === "none" || standing.may === "view") {
    const permission = standing.refusal.error !== "invalid";
    refuse(standing.refusal, permission ? ticket.number : undefined);
  }

  const data = { score: input.score, comment: input.comment || null, updatedAt: now };
  const previous = ticket.rating;
  if (!previous) {
    await tx.ticketRating.create({
      data: {
        ...data,
        ticketId: ticket.id,
        userId: actor.id,
        groupId: ticket.groupId,
        assigneeId: ticket.assigneeId,
        createdAt: now,
      },
    });
  } else {
    // Conditional on what was read: of two changes at once, the second is refused, so a change
    // down to a low score tells the analysts once.
    const { count } = await tx.ticketRating.updateMany({
      where: { ticketId: ticket.id, score: previous.score, updatedAt: previous.updatedAt },
      data,
    });
    if (count !== 1) refuse(conflict(RACED));
  }

  const becameLow = input.score <= LOW_SCORE && (!previous || previous.score > LOW_SCORE);
  if (!becameLow) return;
  const rater = await tx.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true },
  });
  await queueLowRatingMails(
    tx,
    {
      ticket: {
        id: ticket.id,
        number: ticket.number,
        itemTitle: ticket.item.title,
        groupId: ticket.groupId,
        groupName: ticket.group.name,
      },
      raterName: rater.name,
      score: input.score,
      comment: data.comment,
    },
    now,
  );
}
