import "server-only";
import type { z } from "zod";
import { db, type Prisma, type Tx } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import type { Ticket } from "@/lib/db/generated/client";
import {
  conflict,
  forbidden,
  invalid,
  notFound,
  type ServiceError,
  type ServiceResult,
} from "@/lib/result";
import { fieldErrorsOf } from "@/lib/validation";
import { logRefusal } from "./access";
import type { Actor } from "./actor";
import { relationsOf } from "./relations";
import { decide, type Relation, type TicketAction } from "./state-machine";

export type LoadedTicket = Ticket & { followerIds: string[] };

export type ChangeContext = {
  tx: Tx;
  ticket: LoadedTicket;
  relations: ReadonlySet<Relation>;
  /** The state the action leads to, when it changes the state. */
  to: Ticket["state"] | undefined;
};

/** What every change names: the ticket, and the version the user saw (when it matters). */
type ChangeInput = { ticketId: string; version?: number | undefined };

/**
 * Defines a service that changes an existing ticket: `(actor, input, clock?) => result`. It
 * validates the input with `schema` (field errors come back as "invalid"), then runs `write`
 * inside changeTicket with the parsed input, the actor and the time.
 */
export function defineTicketChange<S extends z.ZodType<ChangeInput>, T>(
  schema: S,
  action: (input: z.output<S>) => TicketAction,
  write: (
    context: ChangeContext & { input: z.output<S>; actor: Actor; now: Date },
  ) => Promise<ServiceResult<T>>,
) {
  return async (
    actor: Actor,
    rawInput: z.input<S>,
    clock: Clock = systemClock,
  ): Promise<ServiceResult<T>> => {
    const parsed = schema.safeParse(rawInput);
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
    const input = parsed.data;
    return changeTicket({
      actor,
      ticketId: input.ticketId,
      action: action(input),
      expectedVersion: input.version,
      write: (context) => write({ ...context, input, actor, now: clock() }),
    });
  };
}

/**
 * The frame of every change to an existing ticket, in one transaction: load it, refuse users who
 * cannot see it (as "not found", so that numbers do not leak), refuse a stale version, ask the
 * state machine, then let `write` do the change. `write` must start with `bumpVersion`, which
 * makes the update conditional on the version read here; losing that race rolls everything back
 * and answers "conflict".
 */
type ChangeRequest<T> = {
  actor: Actor;
  ticketId: string;
  action: TicketAction;
  /** The version the user saw; undefined for changes that may apply to any version. */
  expectedVersion: number | undefined;
  write: (context: ChangeContext) => Promise<ServiceResult<T>>;
};

async function changeTicket<T>(request: ChangeRequest<T>): Promise<ServiceResult<T>> {
  try {
    return await db.$transaction((tx) => loadDecideWrite(tx, request));
  } catch (error) {
    if (error instanceof StaleVersion) return conflict();
    if (!(error instanceof ChangeRefused)) throw error;
    // Logged after the rollback: the security log is written outside the refused change.
    if (error.refusedTicket) await logRefusal(request.actor, error.refusedTicket);
    return error.result;
  }
}

/**
 * Thrown by a write that finds a problem after it has begun writing (an attachment that is not
 * there any more): the whole change rolls back and the user gets `result`. A permission refusal
 * names its ticket's number, and is written to the security log.
 */
export class ChangeRefused extends Error {
  constructor(
    readonly result: ServiceError,
    readonly refusedTicket?: string,
  ) {
    super(result.message);
  }
}

async function loadDecideWrite<T>(
  tx: Tx,
  { actor, ticketId, action, expectedVersion, write }: ChangeRequest<T>,
): Promise<ServiceResult<T>> {
  const row = await tx.ticket.findUnique({
    where: { id: ticketId },
    include: { followers: { select: { userId: true } } },
  });
  if (!row) return notFound();
  const { followers, ...rest } = row;
  const ticket: LoadedTicket = { ...rest, followerIds: followers.map((f) => f.userId) };

  const relations = relationsOf(actor, ticket);
  if (relations.size === 0) throw new ChangeRefused(notFound(), ticket.number);
  if (expectedVersion !== undefined && expectedVersion !== ticket.version) return conflict();

  const decision = decide(action, ticket.state, relations);
  if (!decision.allowed && decision.reason === "forbidden") {
    throw new ChangeRefused(forbidden(decision.message), ticket.number);
  }
  if (!decision.allowed) return invalid({}, decision.message);
  return write({ tx, ticket, relations, to: decision.to });
}

/** Thrown inside a change to roll it back and answer "conflict". */
class StaleVersion extends Error {}

/**
 * Updates the ticket only if nobody changed it since it was loaded, and increments its version.
 * Another writer in between makes it throw, which rolls the transaction back.
 */
export async function bumpVersion(
  tx: Tx,
  ticket: LoadedTicket,
  data: Prisma.TicketUncheckedUpdateManyInput,
) {
  const { count } = await tx.ticket.updateMany({
    where: { id: ticket.id, version: ticket.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new StaleVersion();
  return ticket.version + 1;
}
