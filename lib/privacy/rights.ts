import "server-only";
import { z } from "zod";
import { systemClock, type Clock } from "@/lib/clock";
import { forbidden, type ServiceResult } from "@/lib/result";
import { isSupport } from "@/lib/auth/roles";
import { businessMinutesBetween } from "@/lib/sla/calendar";
import { requestKeySchema } from "@/lib/forms/request-key";
import type { Actor } from "@/lib/tickets/actor";
import { openValidTicket, type SlaOverride } from "@/lib/tickets/open-ticket";
import { RIGHTS_FIELD, RIGHTS_KINDS, privacyQueue } from "./rights-queue";

/** LGPD art. 19, II: the controller answers the person within 15 days. */
export const LEGAL_DEADLINE_DAYS = 15;

export const rightsRequestInput = z.strictObject({
  key: requestKeySchema,
  kind: z.enum(["correction", "deletion"], { error: "Escolha o tipo de pedido." }),
  details: z
    .string()
    .trim()
    .min(10, "Descreva o pedido (ao menos 10 caracteres).")
    .max(5_000, "No máximo 5.000 caracteres."),
});

export type RightsRequest = z.output<typeof rightsRequestInput>;

/**
 * The resolution target is the business time within the next 15 calendar days, so the due date
 * the SLA clock computes falls inside the legal deadline (and moves as it pauses, like any SLA).
 */
export const legalDeadline: SlaOverride = (now, policy, targets) => ({
  firstResponse: targets.firstResponse,
  resolution: Math.max(
    1,
    businessMinutesBetween(
      now,
      new Date(now.getTime() + LEGAL_DEADLINE_DAYS * 24 * 60 * 60_000),
      policy.calendar,
    ),
  ),
});

/**
 * A correction or deletion request ("Meus dados"): a ticket in the privacy queue, for the person
 * themself, through the ticket service (timeline, notification, numbering as any ticket).
 * Support staff, who have no organization to open tickets in, write to the controller instead.
 */
export async function openRightsRequest(
  actor: Actor,
  input: RightsRequest,
  clock: Clock = systemClock,
): Promise<ServiceResult<{ id: string; number: string }>> {
  if (isSupport(actor))
    return forbidden("Analistas e administradores falam com o encarregado de dados diretamente.");
  const queue = await privacyQueue();
  return openValidTicket(
    actor,
    {
      itemId: queue.id,
      followerIds: [],
      answers: { [RIGHTS_FIELD]: RIGHTS_KINDS[input.kind] },
      description: input.details,
      priority: "NORMAL",
      submissionKey: `lgpd-${input.key}`,
      attachmentIds: [],
    },
    clock,
    legalDeadline,
  );
}
