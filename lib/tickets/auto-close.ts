import "server-only";
import { db, Prisma } from "@/lib/db";
import { claimRows, enumValue, inList, jsonValue } from "@/lib/db/sql";
import { systemClock, type Clock } from "@/lib/clock";
import { inSlices, type SliceOptions } from "@/lib/jobs/slices";
import { RULES } from "./state-machine";

const FROM = RULES.autoClose.from[0]!;
const TO = RULES.autoClose.to!;

/**
 * Closes every ticket whose resolution went unanswered past its auto-close date (product.md:
 * AWAITING_USER -> CLOSED by the system), with a timeline event and a notification for each.
 *
 * Safe when runs overlap or one dies midway: each batch is one transaction whose UPDATE repeats
 * the condition (state, due date, no unanswered requester message) and returns only the rows it
 * changed, so a ticket another run closed first, or one the requester answered meanwhile, is
 * skipped; an interrupted batch rolls back whole and the next run picks it up. The work is
 * set-based SQL because a sweep may close a hundred thousand tickets at once, in slices
 * (lib/jobs/slices.ts) so that the portal keeps answering meanwhile; a run stops after its budget
 * and the next one carries on.
 */
export async function autoCloseDueTickets(
  clock: Clock = systemClock,
  slices: Partial<SliceOptions> = {},
): Promise<{ closed: number }> {
  const now = clock();
  const { done } = await inSlices("auto-close", "closed", (limit) => closeBatch(now, limit), {
    budgetMs: 30_000,
    remaining: () => db.ticket.count({ where: { state: FROM, autoCloseDueAt: { lte: now } } }),
    ...slices,
  });
  return { closed: done };
}

/**
 * A public message of the customer side with no later public word from support (a comment or a
 * state change). Writing clears the due date (awaiting-user.ts); this repeats the rule in the
 * sweep's own condition, so a due date set by mistake or a race can never close over a question.
 */
const unansweredRequesterMessage = () => Prisma.sql`
  SELECT 1 FROM "TicketEvent" "message" JOIN "User" "writer" ON "writer"."id" = "message"."actorId"
  WHERE "message"."ticketId" = "Ticket"."id"
    AND "message"."type" = ${enumValue("TicketEventType", "COMMENT")}
    AND "message"."visibility" = ${enumValue("Visibility", "PUBLIC")}
    AND "writer"."role" = ${enumValue("Role", "REQUESTER")}
    AND NOT EXISTS (
      SELECT 1 FROM "TicketEvent" "answer" JOIN "User" "agent" ON "agent"."id" = "answer"."actorId"
      WHERE "answer"."ticketId" = "message"."ticketId"
        AND "answer"."type" IN (${enumValue("TicketEventType", "COMMENT")}, ${enumValue("TicketEventType", "STATE_CHANGED")})
        AND "answer"."visibility" = ${enumValue("Visibility", "PUBLIC")}
        AND "agent"."role" <> ${enumValue("Role", "REQUESTER")}
        AND "answer"."createdAt" > "message"."createdAt")`;

function closeBatch(now: Date, limit: number): Promise<number> {
  return db.$transaction(async (tx) => {
    const tickets = await claimRows<{ id: string; version: number }>(tx, {
      table: "Ticket",
      set: Prisma.sql`"state" = ${enumValue("TicketState", TO)}, "closedAt" = ${now},
          "autoCloseDueAt" = NULL, "updatedAt" = ${now}, "version" = "version" + 1`,
      where: Prisma.sql`"state" = ${enumValue("TicketState", FROM)} AND "autoCloseDueAt" <= ${now}
          AND NOT EXISTS (${unansweredRequesterMessage()})`,
      orderBy: "autoCloseDueAt",
      limit,
      returning: ["id", "version"],
    });
    if (tickets.length === 0) return 0;

    // Event ids are derived from the ticket's new version: unique, and the same on a retry.
    const closed = inList(
      "id",
      tickets.map((t) => t.id),
    );
    const eventId = Prisma.sql`'autoclose-' || "id" || '-' || CAST("version" AS TEXT)`;
    await tx.$executeRaw`
      INSERT INTO "TicketEvent" ("id", "ticketId", "type", "visibility", "fromState", "toState", "data", "createdAt")
      SELECT ${eventId}, "id", ${enumValue("TicketEventType", "STATE_CHANGED")}, ${enumValue("Visibility", "PUBLIC")},
             ${enumValue("TicketState", FROM)}, ${enumValue("TicketState", TO)}, ${jsonValue({ action: "autoClose" })}, ${now}
      FROM "Ticket" WHERE ${closed}`;
    await tx.$executeRaw`
      INSERT INTO "Notification" ("id", "kind", "ticketId", "eventId", "createdAt")
      SELECT ${eventId}, 'ticket.auto_closed', "id", ${eventId}, ${now}
      FROM "Ticket" WHERE ${closed}`;
    return tickets.length;
  });
}
