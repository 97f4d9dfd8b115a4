/**
 * The steps that do not change the ticket itself: a rating (ratings.ts) and a time entry
 * (time-entries.ts), with the checks of their services that the demo could break.
 */
import { dayOf } from "@/lib/time/zone";
import type { DemoContext, Loaded } from "./context";
import type { Step } from "./story";

export async function writeRating(
  ctx: DemoContext,
  ticket: Loaded,
  step: Extract<Step, { do: "rate" }>,
  at: Date,
) {
  const user = ctx.actors.get(step.by)!;
  if (ticket.state !== "CLOSED" || ticket.requestedForId !== user.id)
    throw new Error(`Demo ticket ${ticket.number}: only its closed requester rates it.`);
  await ctx.tx.ticketRating.create({
    data: {
      ticketId: ticket.id,
      userId: user.id,
      score: step.score,
      comment: step.text ?? null,
      groupId: ticket.groupId,
      assigneeId: ticket.assigneeId,
      createdAt: at,
      updatedAt: at,
    },
  });
}

export async function writeTimeEntry(
  ctx: DemoContext,
  ticket: Loaded,
  step: Extract<Step, { do: "time" }>,
  at: Date,
) {
  const agent = ctx.actors.get(step.by)!;
  if (!agent.groupIds.includes(ticket.groupId))
    throw new Error(`Demo ticket ${ticket.number}: time is logged by the group's analysts.`);
  await ctx.tx.timeEntry.create({
    data: {
      ticketId: ticket.id,
      agentId: agent.id,
      organizationId: ticket.organizationId,
      minutes: step.minutes,
      workDate: dayOf(at, ctx.settings.timeZone),
      billable: true,
      note: step.text ?? null,
      createdAt: at,
    },
  });
}
