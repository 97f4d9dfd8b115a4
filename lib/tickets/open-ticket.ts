import "server-only";
import { z } from "zod";
import { db, isUniqueViolation } from "@/lib/db";
import { linkAttachments } from "@/lib/attachments/uploads";
import {
  answersSchema,
  optionalPhoneSchema,
  toFieldDefinition,
  type Answer,
} from "@/lib/catalog/fields";
import { systemClock, type Clock } from "@/lib/clock";
import { invalid, ok, type ServiceResult } from "@/lib/result";
import { startSla, type SlaPolicy } from "@/lib/sla/clock";
import { loadSlaPolicy, slaTargets } from "@/lib/sla/policy";
import { fieldErrorsOf } from "@/lib/validation";
import type { Actor } from "./actor";
import { nextTicketNumber } from "./numbering";
import { queueNotification } from "./notifications";
import { checkRequestPeople, namedAnswers, type RequestPeople } from "./people";
import { requiredText } from "./texts";

const MAX_FOLLOWERS = 20;

export const openTicketInput = z.strictObject({
  itemId: z.string().min(1).max(100),
  /** "Requisitado para"; defaults to the actor. Required when an agent opens on a customer's behalf. */
  requestedForId: z.string().min(1).max(100).optional(),
  followerIds: z
    .array(z.string().min(1).max(100))
    .max(MAX_FOLLOWERS, `No máximo ${MAX_FOLLOWERS} acompanhantes.`)
    .default([]),
  /**
   * By field key: a text (a user picker's: the person's id) or a multi-select's choices. Checked
   * field by field against the item's form next (answersSchema).
   */
  answers: z.record(z.string().max(100), z.union([z.string(), z.array(z.string())])).default({}),
  description: requiredText("Descreva a solicitação."),
  contactPhone: optionalPhoneSchema.optional(),
  priority: z.enum(["LOW", "NORMAL", "HIGH", "URGENT"]).default("NORMAL"),
  /** A key the form generates once per submission: sending it again returns the same ticket. */
  submissionKey: z.string().min(8).max(100).optional(),
  /** Files the actor uploaded for this request ("Adicionar anexos"), linked in the same transaction. */
  attachmentIds: z.array(z.string().min(1).max(100)).max(100).default([]),
});

export type OpenTicketInput = z.input<typeof openTicketInput>;

/**
 * Opens a ticket from a catalogue item ("Enviar"): a requester for themself or for someone of
 * their organization, or an agent/admin on a customer's behalf ("Abrir chamado em nome do
 * cliente"). The ticket, its "Criado" event, its followers and its notification are one transaction.
 * What is checked before it is answered as a result; a file refused inside it is thrown as a
 * Refusal, which the caller settles (the action boundary, or settledFor in access.ts).
 */
export async function openTicket(
  actor: Actor,
  rawInput: OpenTicketInput,
  clock: Clock = systemClock,
): Promise<ServiceResult<{ id: string; number: string }>> {
  const parsed = openTicketInput.safeParse(rawInput);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return openValidTicket(actor, parsed.data, clock);
}

type SlaTargets = { firstResponse: number; resolution: number };
/** Replaces the item's SLA targets when a law sets the deadline (lib/privacy/rights.ts). */
export type SlaOverride = (now: Date, policy: SlaPolicy, targets: SlaTargets) => SlaTargets;

/** The same, for input already parsed with openTicketInput (a server action's). */
export async function openValidTicket(
  actor: Actor,
  input: z.output<typeof openTicketInput>,
  clock: Clock = systemClock,
  slaOverride?: SlaOverride,
): Promise<ServiceResult<{ id: string; number: string }>> {
  if (input.submissionKey) {
    const existing = await db.ticket.findUnique({
      where: { submissionKey: input.submissionKey },
      select: { id: true, number: true, requesterId: true },
    });
    if (existing?.requesterId === actor.id) return ok({ id: existing.id, number: existing.number });
    if (existing) return invalid({ submissionKey: "Chave de envio já usada." });
  }

  const item = await db.catalogItem.findFirst({
    where: { id: input.itemId, active: true },
    include: { fields: { orderBy: { position: "asc" } } },
  });
  if (!item) return invalid({ itemId: "Este serviço não existe ou não está mais disponível." });

  const fields = item.fields.map(toFieldDefinition);
  const answers = answersSchema(fields).safeParse(input.answers);
  if (!answers.success) return invalid(fieldErrorsOf(answers.error, "answers."));

  const people = await checkRequestPeople(
    actor,
    input.requestedForId ?? actor.id,
    input.followerIds,
  );
  if (!people.ok) return people;
  const named = await namedAnswers(fields, answers.data, people.value.organizationId);
  if (!named.ok) return named;

  try {
    return ok(
      await createTicket(
        actor,
        input,
        { item, answers: named.value, ...people.value },
        clock(),
        slaOverride,
      ),
    );
  } catch (error) {
    // The same submission arrived twice at once: the other one created the ticket.
    if (input.submissionKey && isUniqueViolation(error))
      return openValidTicket(actor, input, clock, slaOverride);
    throw error;
  }
}

/** What openValidTicket checked: the item with its form, the answers to store, the people. */
type CheckedRequest = RequestPeople & {
  item: { id: string; groupId: string } & Parameters<typeof slaTargets>[1];
  answers: Answer[];
};

/**
 * The ticket, its followers, its "Criado" event, its files and its notification, in one
 * transaction: a file that is no longer there refuses (throws) and nothing is written.
 */
async function createTicket(
  actor: Actor,
  input: z.output<typeof openTicketInput>,
  { item, answers, requestedFor, organizationId, followerIds }: CheckedRequest,
  now: Date,
  slaOverride?: SlaOverride,
) {
  // The deadlines need only the settings and holidays, read before the transaction: on SQLite it
  // holds the one write lock, which concurrent openings then wait for less long.
  const [targets, policy] = await Promise.all([slaTargets(db, item), loadSlaPolicy(db)]);
  const sla = startSla(now, slaOverride?.(now, policy, targets) ?? targets, policy);
  return db.$transaction(async (tx) => {
    const number = await nextTicketNumber(tx);
    const created = await tx.ticket.create({
      data: {
        number,
        itemId: item.id,
        requesterId: actor.id,
        requestedForId: requestedFor,
        organizationId,
        groupId: item.groupId,
        priority: input.priority,
        answers,
        description: input.description,
        contactPhone: input.contactPhone ?? null,
        submissionKey: input.submissionKey ?? null,
        ...sla,
        createdAt: now,
        updatedAt: now,
      },
      select: { id: true, number: true },
    });
    if (followerIds.length > 0) {
      await tx.ticketFollower.createMany({
        data: followerIds.map((userId) => ({ ticketId: created.id, userId, createdAt: now })),
      });
    }
    const event = await tx.ticketEvent.create({
      data: {
        ticketId: created.id,
        type: "CREATED",
        actorId: actor.id,
        toState: "OPEN",
        createdAt: now,
      },
    });
    await linkAttachments(tx, {
      actorId: actor.id,
      ticketId: created.id,
      eventId: event.id,
      ids: input.attachmentIds,
      internal: false,
    });
    await queueNotification(tx, {
      kind: "ticket.created",
      ticketId: created.id,
      eventId: event.id,
      now,
    });
    return created;
  });
}
