import "server-only";
import { z } from "zod";
import { linkAttachments } from "@/lib/attachments/uploads";
import { autoCloseAfterMessage } from "./awaiting-user";
import { bumpVersion, defineTicketChange } from "./change";
import { infoReceived, recordInfoReceived } from "./info-request";
import { queueNotification } from "./notifications";
import { replySideOf, worksOn } from "./relations";
import { MISSING_TEXTS } from "./states";
import { optionalText } from "./texts";

/** A message is a comment, or an internal note: two actions of the transition table. */
const messageAction = (input: { internal: boolean }) =>
  input.internal ? ("internalNote" as const) : ("comment" as const);

export const commentInput = z
  .strictObject({
    ticketId: z.string().min(1).max(100),
    /** May be empty when the message carries files. */
    body: optionalText().default(""),
    /** "Nota interna": seen by agents and admins only, never e-mailed to the customer side. */
    internal: z.boolean().default(false),
    /** The version the writer saw; when given, a comment on a ticket changed since is refused. */
    version: z.number().int().positive().optional(),
    /** Files the writer uploaded for this message (the clip). */
    attachmentIds: z.array(z.string().min(1).max(100)).max(100).default([]),
  })
  // The message the table requires ("body") is its text or its files.
  .superRefine((input, ctx) => {
    if (input.body.length > 0 || input.attachmentIds.length > 0) return;
    const message = MISSING_TEXTS[messageAction(input)];
    ctx.addIssue({ code: "custom", path: ["body"], message });
  });

export type CommentInput = z.input<typeof commentInput>;

/**
 * Adds a public comment ("Comentários adicionais") or an internal note to a ticket. A public
 * message on a resolved ticket also moves its auto-close date (awaiting-user.ts), says whose turn
 * it is (lastReplyFrom), and, from the customer side, answers a request for information
 * (info-request.ts); the "ticket.comment" notification tells the assignee when the customer
 * side writes.
 */
export const addComment = defineTicketChange(
  commentInput,
  messageAction,
  async ({ tx, ticket, relations, input, actor, now }) => {
    const supportAnswer = !input.internal && worksOn(relations);
    const answered = input.internal || supportAnswer ? null : await infoReceived(tx, ticket, now);
    const newVersion = await bumpVersion(tx, ticket, {
      updatedAt: now,
      ...(supportAnswer && !ticket.firstResponseAt ? { firstResponseAt: now } : {}),
      ...(input.internal
        ? {}
        : {
            lastReplyFrom: replySideOf(relations),
            ...(await autoCloseAfterMessage(tx, { ticket, actor, supportAnswer, now })),
          }),
      ...answered,
    });
    const event = await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        type: "COMMENT",
        actorId: actor.id,
        visibility: input.internal ? "INTERNAL" : "PUBLIC",
        body: input.body || null,
        createdAt: now,
      },
    });
    await linkAttachments(tx, {
      actorId: actor.id,
      ticketId: ticket.id,
      eventId: event.id,
      ids: input.attachmentIds,
      internal: input.internal,
    });
    if (answered) await recordInfoReceived(tx, ticket, now);
    await queueNotification(tx, {
      kind: input.internal ? "ticket.internal_note" : "ticket.comment",
      ticketId: ticket.id,
      eventId: event.id,
      now,
    });
    return { eventId: event.id, version: newVersion };
  },
);
