/**
 * The writes of each step the transition table allowed (replay.ts), column for column as its
 * service: state-changes.ts (changeState and its timestamps), comments.ts with info-request.ts
 * and awaiting-user.ts (a message, an answer to a question, the auto-close date), assignment.ts
 * (transfer), followers.ts, and the sweeps' system events (auto-close.ts, info-close.ts,
 * reply-reminders.ts), without their notifications (replay.ts says why).
 */
import type { Prisma } from "@/lib/db/generated/client";
import { isSupport } from "@/lib/auth/roles";
import { moveSla } from "@/lib/sla/clock";
import { replySideOf, worksOn } from "@/lib/tickets/relations";
import { attachDemoFile } from "./attach";
import { writeSweep } from "./sweeps";
import { bump, DAY_MS, type DemoContext, type Loaded, type StepMoment } from "./context";
import type { Step } from "./story";

export type ChangeStep = Exclude<Step, { do: "rate" | "time" }>;

/** Writes the step; answers the ticket after it. */
export async function writeStep(
  ctx: DemoContext,
  step: ChangeStep,
  moment: StepMoment,
): Promise<Loaded> {
  switch (step.do) {
    case "comment":
    case "note":
      return writeMessage(ctx, step, moment);
    case "transfer":
      return writeTransfer(ctx, step, moment);
    case "follow":
      return writeFollow(ctx, step, moment);
    case "autoClose":
    case "infoClose":
    case "autoCloseReminder":
    case "infoReminder":
      return writeSweep(ctx, step.do, moment);
    default:
      return writeStateChange(ctx, step, moment);
  }
}

const autoCloseDue = (ctx: DemoContext, at: Date) =>
  new Date(at.getTime() + ctx.settings.autoCloseDays * DAY_MS);

/** state-changes.ts: the new state, its dates, the SLA clock, and the STATE_CHANGED event. */
async function writeStateChange(
  ctx: DemoContext,
  step: Extract<ChangeStep, { text?: string }>,
  { ticket, at, actor, relations, to }: StepMoment,
) {
  const firstResponse =
    worksOn(relations) && !ticket.firstResponseAt ? { firstResponseAt: at } : {};
  const dates: Record<string, Prisma.TicketUncheckedUpdateInput> = {
    start: { ...firstResponse, assigneeId: ticket.assigneeId ?? actor!.id },
    waitForSupport: firstResponse,
    resume: firstResponse,
    askForInfo: {
      ...firstResponse,
      assigneeId: ticket.assigneeId ?? actor!.id,
      infoRequestedAt: at,
      infoReminderSentAt: null,
    },
    resolve: {
      ...firstResponse,
      resolvedAt: at,
      autoCloseDueAt: autoCloseDue(ctx, at),
      autoCloseReminderSentAt: null,
    },
    reject: { resolvedAt: null, autoCloseDueAt: null, rejectionCount: { increment: 1 } },
    accept: { closedAt: at, autoCloseDueAt: null },
    cancel: { closedAt: at, autoCloseDueAt: null },
  };
  const after = await bump(ctx.tx, ticket, {
    state: to,
    updatedAt: at,
    ...dates[step.do],
    ...(step.text ? { lastReplyFrom: replySideOf(relations) } : {}),
    ...moveSla(ticket, to!, at, ctx.policy),
  });
  await ctx.tx.ticketEvent.create({
    data: {
      ticketId: ticket.id,
      type: "STATE_CHANGED",
      actorId: actor!.id,
      fromState: ticket.state,
      toState: to,
      body: step.text || null,
      data: { action: step.do },
      createdAt: at,
    },
  });
  return after;
}

/** comments.ts: a comment or an internal note; the customer's answer ends "Aguardando informações". */
async function writeMessage(
  ctx: DemoContext,
  step: Extract<ChangeStep, { do: "comment" | "note" }>,
  { ticket, at, actor, relations }: StepMoment,
) {
  const internal = step.do === "note";
  const supportAnswer = !internal && worksOn(relations);
  const answers = !internal && !supportAnswer && ticket.state === "AWAITING_INFO";
  const awaitingUser = !internal && ticket.state === "AWAITING_USER";
  const after = await bump(ctx.tx, ticket, {
    updatedAt: at,
    ...(supportAnswer && !ticket.firstResponseAt ? { firstResponseAt: at } : {}),
    ...(internal ? {} : { lastReplyFrom: replySideOf(relations) }),
    ...(awaitingUser && !isSupport(actor!) ? { autoCloseDueAt: null } : {}),
    ...(awaitingUser && supportAnswer
      ? { autoCloseDueAt: autoCloseDue(ctx, at), autoCloseReminderSentAt: null }
      : {}),
    ...(answers
      ? {
          state: "IN_PROGRESS",
          infoRequestedAt: null,
          infoReminderSentAt: null,
          ...moveSla(ticket, "IN_PROGRESS", at, ctx.policy),
        }
      : {}),
  });
  const event = await ctx.tx.ticketEvent.create({
    data: {
      ticketId: ticket.id,
      type: "COMMENT",
      actorId: actor!.id,
      visibility: internal ? "INTERNAL" : "PUBLIC",
      body: step.text,
      createdAt: at,
    },
  });
  if (step.do === "comment" && step.file)
    await attachDemoFile(
      ctx,
      { ticketId: ticket.id, eventId: event.id, actor: actor!, now: at },
      step.file,
    );
  if (answers)
    await ctx.tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        type: "STATE_CHANGED",
        fromState: ticket.state,
        toState: "IN_PROGRESS",
        data: { action: "infoReceived" },
        createdAt: at,
      },
    });
  return after;
}

/** assignment.ts transferTicket: to another group, unassigned, with an internal reason. */
async function writeTransfer(
  ctx: DemoContext,
  step: Extract<ChangeStep, { do: "transfer" }>,
  { ticket, at, actor }: StepMoment,
) {
  const groupId = ctx.groups.get(step.to)!;
  const after = await bump(ctx.tx, ticket, { groupId, assigneeId: null, updatedAt: at });
  await ctx.tx.ticketEvent.create({
    data: {
      ticketId: ticket.id,
      type: "TRANSFERRED",
      actorId: actor!.id,
      visibility: "INTERNAL",
      body: step.text,
      data: { fromGroupId: ticket.groupId, toGroupId: groupId },
      createdAt: at,
    },
  });
  return after;
}

/** followers.ts addFollower. */
async function writeFollow(
  ctx: DemoContext,
  step: Extract<ChangeStep, { do: "follow" }>,
  { ticket, at, actor }: StepMoment,
) {
  const userId = ctx.actors.get(step.who)!.id;
  const after = await bump(ctx.tx, ticket, { updatedAt: at });
  await ctx.tx.ticketFollower.create({ data: { ticketId: ticket.id, userId, createdAt: at } });
  await ctx.tx.ticketEvent.create({
    data: {
      ticketId: ticket.id,
      type: "FOLLOWER_ADDED",
      actorId: actor!.id,
      data: { userId },
      createdAt: at,
    },
  });
  return { ...after, followerIds: [...after.followerIds, userId] };
}
