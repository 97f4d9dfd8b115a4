import "server-only";
import type { z } from "zod";
import { db, type Prisma, type Tx } from "@/lib/db";
import { systemClock, type Clock } from "@/lib/clock";
import type { Ticket } from "@/lib/db/generated/client";
import { refuse } from "@/lib/refusal";
import { conflict, forbidden, invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import { fieldErrorsOf } from "@/lib/validation";
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
 *
 * Every refusal found inside the transaction is thrown as a Refusal (lib/refusal.ts), so the
 * change rolls back whole; the caller settles it: the action boundary (authorizedAction), or
 * `settledFor` for a caller that is not an action. Settling is the caller's because one caller
 * may run several changes (bulk.ts) and must report each refusal, not stop at one.
 */
export function defineTicketChange<S extends z.ZodType<ChangeInput>, T>(
  schema: S,
  action: (input: z.output<S>) => TicketAction,
  write: (context: ChangeContext & { input: z.output<S>; actor: Actor; now: Date }) => Promise<T>,
) {
  return async (
    actor: Actor,
    rawInput: z.input<S>,
    clock: Clock = systemClock,
  ): Promise<ServiceResult<T>> => {
    const parsed = schema.safeParse(rawInput);
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
    const input = parsed.data;
    const value = await db.$transaction((tx) =>
      loadDecideWrite(tx, {
        actor,
        ticketId: input.ticketId,
        action: action(input),
        expectedVersion: input.version,
        write: (context) => write({ ...context, input, actor, now: clock() }),
      }),
    );
    return ok(value);
  };
}

/**
 * The frame of every change to an existing ticket, in one transaction: load it, refuse users who
 * cannot see it (as "not found", so that numbers do not leak), refuse a stale version, ask the
 * state machine, then let `write` do the change. `write` must start with `bumpVersion`, which
 * makes the update conditional on the version read here; losing that race rolls everything back
 * and answers "conflict". A permission refusal names the ticket's number, for the security log.
 */
type ChangeRequest<T> = {
  actor: Actor;
  ticketId: string;
  action: TicketAction;
  /** The version the user saw; undefined for changes that may apply to any version. */
  expectedVersion: number | undefined;
  write: (context: ChangeContext) => Promise<T>;
};

async function loadDecideWrite<T>(
  tx: Tx,
  { actor, ticketId, action, expectedVersion, write }: ChangeRequest<T>,
): Promise<T> {
  const row = await tx.ticket.findUnique({
    where: { id: ticketId },
    include: { followers: { select: { userId: true } } },
  });
  if (!row) refuse(notFound());
  const { followers, ...rest } = row;
  const ticket: LoadedTicket = { ...rest, followerIds: followers.map((f) => f.userId) };

  const relations = relationsOf(actor, ticket);
  if (relations.size === 0) refuse(notFound(), ticket.number);
  if (expectedVersion !== undefined && expectedVersion !== ticket.version) refuse(conflict());

  const decision = decide(action, ticket.state, relations);
  if (!decision.allowed && decision.reason === "forbidden") {
    refuse(forbidden(decision.message), ticket.number);
  }
  if (!decision.allowed) refuse(invalid({}, decision.message));
  return write({ tx, ticket, relations, to: decision.to });
}

/**
 * Updates the ticket only if nobody changed it since it was loaded, and increments its version.
 * Another writer in between makes it refuse with "conflict", which rolls the transaction back.
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
  if (count !== 1) refuse(conflict());
  return ticket.version + 1;
}
