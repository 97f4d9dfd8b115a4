import type { TicketState } from "@/lib/db/generated/enums";
import { addBusinessMinutes, businessMinutesBetween, type BusinessCalendar } from "./calendar";

/**
 * The SLA clock rules of product.md: the resolution clock runs while the ticket is OPEN or
 * IN_PROGRESS, and in AWAITING_SUPPORT unless the policy pauses it there; it stops while the
 * ticket waits for the requester and when it ends. The first-response clock runs from creation
 * until the first public answer by support.
 */
export type SlaPolicy = {
  calendar: BusinessCalendar;
  pausedAwaitingSupport: boolean;
};

export type SlaFields = {
  slaResolutionMinutes: number | null;
  resolutionDueAt: Date | null;
  slaElapsedMinutes: number;
  slaRunningSince: Date | null;
};

export function clockRuns(
  state: TicketState,
  policy: Pick<SlaPolicy, "pausedAwaitingSupport">,
): boolean {
  if (state === "OPEN" || state === "IN_PROGRESS") return true;
  return state === "AWAITING_SUPPORT" && !policy.pausedAwaitingSupport;
}

/** The SLA of a ticket opened now with these targets. */
export function startSla(
  now: Date,
  targets: { firstResponse: number; resolution: number },
  policy: SlaPolicy,
) {
  return {
    slaFirstResponseMinutes: targets.firstResponse,
    slaResolutionMinutes: targets.resolution,
    firstResponseDueAt: addBusinessMinutes(now, targets.firstResponse, policy.calendar),
    resolutionDueAt: addBusinessMinutes(now, targets.resolution, policy.calendar),
    slaElapsedMinutes: 0,
    slaRunningSince: now,
  };
}

/**
 * The SLA fields after the ticket moves to `to` at `now`: the running time is banked when the
 * clock stops, and the due date is recomputed from what is left when it starts again.
 */
export function moveSla(
  ticket: SlaFields,
  to: TicketState,
  now: Date,
  policy: SlaPolicy,
): Omit<SlaFields, "slaResolutionMinutes"> {
  const elapsed =
    ticket.slaElapsedMinutes +
    (ticket.slaRunningSince
      ? businessMinutesBetween(ticket.slaRunningSince, now, policy.calendar)
      : 0);
  const left = (ticket.slaResolutionMinutes ?? Infinity) - elapsed;
  if (!clockRuns(to, policy) || ticket.slaResolutionMinutes === null) {
    // A stopped clock has no due date, unless it ran out already: that moment stays.
    const breachedAt = left <= 0 ? ticket.resolutionDueAt : null;
    return { slaElapsedMinutes: elapsed, slaRunningSince: null, resolutionDueAt: breachedAt };
  }
  return {
    slaElapsedMinutes: elapsed,
    slaRunningSince: now,
    // Already late: the due date is when it ran out, which stays in the past.
    resolutionDueAt:
      left > 0 ? addBusinessMinutes(now, left, policy.calendar) : (ticket.resolutionDueAt ?? now),
  };
}

/** "no prazo", "vence em breve" (the last 20% or hour), "atrasado", for lists and the ticket. */
export type SlaStatus = "ok" | "near" | "breached";
export function slaStatus(
  dueAt: Date | null,
  targetMinutes: number | null,
  now: Date,
): SlaStatus | null {
  if (!dueAt) return null;
  const left = (dueAt.getTime() - now.getTime()) / 60_000;
  if (left < 0) return "breached";
  const margin = Math.min(60, (targetMinutes ?? 0) * 0.2);
  return left <= margin ? "near" : "ok";
}
