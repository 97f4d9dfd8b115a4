import type { TicketState } from "@/lib/db/generated/enums";
import { dayOf } from "@/lib/time/zone";
import type { JsonColumn } from "@/lib/db/sql";
import type { BusinessMinutes } from "./business-time";

/** How a ticket ended, for "Aceitação": from the action of the event that ended it. */
export const OUTCOMES = ["ACCEPTED", "AUTO_CLOSED", "INFO_CLOSED", "CANCELLED"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type FactSource = {
  id: string;
  groupId: string;
  organizationId: string;
  itemId: string;
  assigneeId: string | null;
  state: TicketState;
  createdAt: Date;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  slaResolutionMinutes: number | null;
  slaElapsedMinutes: number;
  rejectionCount: number;
};

function outcomeOf(state: TicketState, endingAction: string | null): Outcome | null {
  if (state === "CANCELLED") return "CANCELLED";
  if (state !== "CLOSED") return null;
  if (endingAction === "autoClose") return "AUTO_CLOSED";
  if (endingAction === "infoClose") return "INFO_CLOSED";
  return "ACCEPTED";
}

/**
 * One ticket's row of the reports. The solution counts on the day of the current solution
 * (resolvedAt: a rejection clears it, the next solution sets it again), and its SLA is the
 * resolution clock's own account (slaElapsedMinutes, stopped at the solution: lib/sla/clock.ts)
 * against the target. The first response is met when it came by its due date; a ticket that
 * ended unanswered before its due date has no first-response figure.
 */
export function reportFactOf(
  ticket: FactSource,
  extra: { endingAction: string | null; score: number | null },
  count: { minutes: BusinessMinutes; timeZone: string; now: Date },
) {
  const day = (at: Date | null) => (at ? dayOf(at, count.timeZone) : null);
  const outcome = outcomeOf(ticket.state, extra.endingAction);
  const endedAt = outcome ? ticket.closedAt : null;
  const { firstResponseAt: answered, firstResponseDueAt: due, resolvedAt } = ticket;
  let firstResponseMet: boolean | null = null;
  if (due && answered) firstResponseMet = answered <= due;
  else if (due && endedAt && endedAt > due) firstResponseMet = false;
  return {
    ticketId: ticket.id,
    groupId: ticket.groupId,
    organizationId: ticket.organizationId,
    itemId: ticket.itemId,
    assigneeId: ticket.assigneeId,
    openedDay: day(ticket.createdAt)!,
    solvedDay: day(resolvedAt),
    endedDay: day(endedAt),
    outcome,
    firstResponseMinutes: answered ? count.minutes(ticket.createdAt, answered) : null,
    solutionMinutes: resolvedAt ? count.minutes(ticket.createdAt, resolvedAt) : null,
    firstResponseMet,
    firstResponseDueAt: due,
    solutionMet:
      resolvedAt && ticket.slaResolutionMinutes !== null
        ? ticket.slaElapsedMinutes <= ticket.slaResolutionMinutes
        : null,
    rejections: ticket.rejectionCount,
    score: extra.score,
    refreshedAt: count.now,
  };
}

export type ReportFact = ReturnType<typeof reportFactOf>;

/** ReportTicket's columns, for writing a batch of facts in one statement. */
export const FACT_COLUMNS: JsonColumn[] = [
  ...["ticketId", "groupId", "organizationId", "itemId", "assigneeId"].map((name) => ({
    name,
    type: "text" as const,
  })),
  ...["openedDay", "solvedDay", "endedDay", "outcome"].map((name) => ({
    name,
    type: "text" as const,
  })),
  { name: "firstResponseMinutes", type: "integer" },
  { name: "solutionMinutes", type: "integer" },
  { name: "firstResponseMet", type: "boolean" },
  { name: "firstResponseDueAt", type: "timestamp" },
  { name: "solutionMet", type: "boolean" },
  { name: "rejections", type: "integer" },
  { name: "score", type: "integer" },
  { name: "refreshedAt", type: "timestamp" },
];
