import "server-only";
import { z } from "zod";
import { ok } from "@/lib/result";
import { bumpVersion, defineTicketChange } from "./change";
import { queueNotification } from "./notifications";
import { requiredText } from "./texts";

export const commentInput = z.object({
  ticketId: z.string().min(1),
  body: requiredText("Digite sua mensagem."),
  /** "Nota interna": seen by agents and admins only, never e-mailed to the customer side. */
  internal: z.boolean().default(false),
  /** The version the writer saw; when given, a comment on a ticket changed since is refused. */
  version: z.number().int().positive().optional(),
});

export type CommentInput = z.input<typeof commentInput>;

/** Adds a public comment ("Comentários adicionais") or an internal note to a ticket. */
export const addComment = defineTicketChange(
  commentInput,
  (input) => (input.internal ? "internalNote" : "comment"),
  async ({ tx, ticket, relations, input, actor, now }) => {
    const supportAnswer =
      !input.internal && (relations.has("groupAgent") || relations.has("admin"));
    const newVersion = await bumpVersion(tx, ticket, {
      updatedAt: now,
      ...(supportAnswer && !ticket.firstResponseAt ? { firstResponseAt: now } : {}),
    });
    const event = await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        type: "COMMENT",
        actorId: actor.id,
        visibility: input.internal ? "INTERNAL" : "PUBLIC",
        body: input.body,
        createdAt: now,
      },
    });
    await queueNotification(tx, {
      kind: input.internal ? "ticket.internal_note" : "ticket.comment",
      ticketId: ticket.id,
      eventId: event.id,
      now,
    });
    return ok({ eventId: event.id, version: newVersion });
  },
);
