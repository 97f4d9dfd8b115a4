import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/db";
import { moveSla } from "@/lib/sla/clock";
import { loadSlaPolicy } from "@/lib/sla/policy";
import type { Actor } from "./actor";
import { autoCloseDueAt } from "./awaiting-user";
import { bumpVersion, defineTicketChange, type ChangeContext } from "./change";
import { queueNotification } from "./notifications";
import { replySideOf, worksOn } from "./relations";
import { requiresText, STATE_ACTIONS, type StateAction } from "./state-machine";
import { MISSING_TEXTS } from "./states";
import { optionalText, requiredText } from "./texts";

export const changeStateInput = z
  .strictObject({
    ticketId: z.string().min(1).max(100),
    version: z.number().int().positive(),
    action: z.enum(STATE_ACTIONS),
    /** What the action requires (the solution, a reason: the transition table says), or a note. */
    text: optionalText().optional(),
  })
  .superRefine((input, ctx) => {
    if (!requiresText(input.action)) return;
    const message = MISSING_TEXTS[input.action];
    if (!requiredText(message).safeParse(input.text).success) {
      ctx.addIssue({ code: "custom", path: ["text"], message });
    }
  });

export type ChangeStateInput = z.input<typeof changeStateInput>;

/**
 * Start, wait for support, resume, ask for information, resolve, accept, reject or cancel a
 * ticket: the state change,
 * its timeline event and its notification in one transaction, refused when the state machine
 * says no.
 */
export const changeState = defineTicketChange(
  changeStateInput,
  (input) => input.action,
  async (context) => {
    const { tx, ticket, to, input, actor, now } = context;
    const newVersion = await bumpVersion(tx, ticket, {
      state: to,
      updatedAt: now,
      ...(await timestamps(context, input.action, actor, now)),
      // Its text (a solution, a question, a reason) is a public message: whose turn it is.
      ...(input.text ? { lastReplyFrom: replySideOf(context.relations) } : {}),
      // The SLA clock stops or resumes with the state, and the due date follows.
      ...moveSla(ticket, to!, now, await loadSlaPolicy(tx)),
    });
    const event = await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        type: "STATE_CHANGED",
        actorId: actor.id,
        fromState: ticket.state,
        toState: to,
        body: input.text || null,
        data: { action: input.action },
        createdAt: now,
      },
    });
    await queueNotification(tx, {
      kind: "ticket.state_changed",
      ticketId: ticket.id,
      eventId: event.id,
      now,
    });
    return { version: newVersion };
  },
);

/**
 * The dates each action sets: "Resolvido em", "Encerrado em", the auto-close due date, first
 * response, when information was asked for (reply-reminders.ts counts from it), rejections.
 */
async function timestamps(
  { tx, ticket, relations }: ChangeContext,
  action: StateAction,
  actor: Actor,
  now: Date,
): Promise<Prisma.TicketUncheckedUpdateManyInput> {
  const supportAnswer = worksOn(relations);
  const firstResponse = supportAnswer && !ticket.firstResponseAt ? { firstResponseAt: now } : {};
  switch (action) {
    case "start":
      return { ...firstResponse, assigneeId: ticket.assigneeId ?? actor.id };
    case "waitForSupport":
    case "resume":
      return firstResponse;
    case "askForInfo":
      return {
        ...firstResponse,
        assigneeId: ticket.assigneeId ?? actor.id,
        infoRequestedAt: now,
        infoReminderSentAt: null,
      };
    case "resolve":
      return {
        ...firstResponse,
        resolvedAt: now,
        autoCloseDueAt: await autoCloseDueAt(tx, now),
        autoCloseReminderSentAt: null,
      };
    case "reject":
      return { resolvedAt: null, autoCloseDueAt: null, rejectionCount: { increment: 1 } };
    case "accept":
    case "cancel":
      return { closedAt: now, autoCloseDueAt: null };
  }
}
