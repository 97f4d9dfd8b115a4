/**
 * Writes one story (story.ts) as the ticket services would have written it, inside the demo's
 * one transaction: every step is first put to the transition table (`decide`) with the person's
 * relations to the ticket (`relationsOf`), as change.ts does; then step-writers.ts writes the
 * columns, SLA clock and timeline events of the service that step stands for. What the demo
 * leaves out on purpose: notifications and e-mails, since a month that already happened must not
 * mail anyone when the demo starts.
 */
import type { Tx } from "@/lib/db/client";
import { answersSchema, toAnswers } from "@/lib/catalog/fields";
import { startSla } from "@/lib/sla/clock";
import { nextTicketNumber } from "@/lib/tickets/numbering";
import { relationsOf } from "@/lib/tickets/relations";
import { decide, type Relation, type TicketAction } from "@/lib/tickets/state-machine";
import { attachDemoFile } from "./attach";
import { HOUR_MS, type DemoContext, type Loaded } from "./context";
import { writeRating, writeTimeEntry } from "./side-steps";
import { writeStep, type ChangeStep } from "./step-writers";
import type { Story } from "./story";

const SYSTEM: ReadonlySet<Relation> = new Set(["system"]);

/** Opens the story's ticket and plays its steps; answers the ticket's id. */
export async function replayStory(ctx: DemoContext, story: Story): Promise<string> {
  const openedAt = new Date(ctx.now.getTime() - story.openedHoursAgo * HOUR_MS);
  const id = await openStoryTicket(ctx, story, openedAt);
  // Read once; each change answers the ticket as it leaves it.
  let ticket = await load(ctx.tx, id);
  for (const step of story.steps) {
    const at = new Date(openedAt.getTime() + step.at * HOUR_MS);
    if (at > ctx.now) throw new Error(`Demo story "${story.description}": a step in the future.`);
    if (step.do === "rate") await writeRating(ctx, ticket, step, at);
    else if (step.do === "time") await writeTimeEntry(ctx, ticket, step, at);
    else ticket = await writeChange(ctx, ticket, step, at);
  }
  return id;
}

async function load(tx: Tx, id: string): Promise<Loaded> {
  const { followers, ...ticket } = await tx.ticket.findUniqueOrThrow({
    where: { id },
    include: { followers: { select: { userId: true } } },
  });
  return { ...ticket, followerIds: followers.map((f) => f.userId) };
}

/** open-ticket.ts createTicket: the ticket with its SLA, its followers and its "Criado" event. */
async function openStoryTicket(ctx: DemoContext, story: Story, now: Date): Promise<string> {
  const { tx } = ctx;
  const actor = ctx.actors.get(story.by)!;
  const requestedFor = ctx.actors.get(story.for ?? story.by)!;
  const item = ctx.items.get(story.item)!;
  const sla = startSla(now, item.targets, ctx.policy);
  // The answers pass the item's form as a request's do (open-ticket.ts).
  const answers = toAnswers(item.fields, answersSchema(item.fields).parse(story.answers));
  const { id } = await tx.ticket.create({
    data: {
      number: await nextTicketNumber(tx),
      itemId: item.id,
      requesterId: actor.id,
      requestedForId: requestedFor.id,
      organizationId: requestedFor.organizationId!,
      groupId: item.groupId,
      priority: story.priority ?? "NORMAL",
      answers,
      description: story.description,
      ...sla,
      createdAt: now,
      updatedAt: now,
    },
    select: { id: true },
  });
  if (story.followers?.length)
    await tx.ticketFollower.createMany({
      data: story.followers.map((p) => ({
        ticketId: id,
        userId: ctx.actors.get(p)!.id,
        createdAt: now,
      })),
    });
  const event = await tx.ticketEvent.create({
    data: { ticketId: id, type: "CREATED", actorId: actor.id, toState: "OPEN", createdAt: now },
  });
  if (story.file)
    await attachDemoFile(ctx, { ticketId: id, eventId: event.id, actor, now }, story.file);
  return id;
}

const ACTIONS: Record<ChangeStep["do"], TicketAction> = {
  start: "start",
  waitForSupport: "waitForSupport",
  resume: "resume",
  accept: "accept",
  askForInfo: "askForInfo",
  resolve: "resolve",
  reject: "reject",
  cancel: "cancel",
  comment: "comment",
  note: "internalNote",
  transfer: "transfer",
  follow: "addFollower",
  autoClose: "autoClose",
  infoClose: "infoClose",
  // A reminder goes only to tickets its sweep may then close.
  autoCloseReminder: "autoClose",
  infoReminder: "infoClose",
};

/** Asks the transition table, then writes the step as its service does. */
async function writeChange(
  ctx: DemoContext,
  ticket: Loaded,
  step: ChangeStep,
  at: Date,
): Promise<Loaded> {
  const actor = "by" in step ? ctx.actors.get(step.by)! : null;
  const relations = actor ? relationsOf(actor, ticket) : SYSTEM;
  const decision = decide(ACTIONS[step.do], ticket.state, relations);
  if (!decision.allowed)
    throw new Error(`Demo ticket ${ticket.number}, ${step.do}: ${decision.message}`);
  return writeStep(ctx, step, { ticket, at, actor, relations, to: decision.to });
}
