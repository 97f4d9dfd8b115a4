import "server-only";
import { z } from "zod";
import { db, isUniqueViolation } from "@/lib/db";
import {
  answersSchema,
  optionalPhoneSchema,
  toAnswers,
  toFieldDefinition,
} from "@/lib/catalog/fields";
import { systemClock, type Clock } from "@/lib/clock";
import { invalid, ok, forbidden, type ServiceResult } from "@/lib/result";
import { fieldErrorsOf } from "@/lib/validation";
import type { Actor } from "./actor";
import { linkAttachments } from "@/lib/attachments/uploads";
import { startSla } from "@/lib/sla/clock";
import { loadSlaPolicy, slaTargets } from "@/lib/sla/policy";
import { ChangeRefused } from "./change";
import { nextTicketNumber } from "./numbering";
import { queueNotification } from "./notifications";
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
  /** Checked field by field against the item's form (answersSchema). */
  answers: z.record(z.string().max(100), z.unknown()).default({}),
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

/** The same, for input already parsed with openTicketInput (a server action's). */
export async function openValidTicket(
  actor: Actor,
  input: z.output<typeof openTicketInput>,
  clock: Clock = systemClock,
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

  const people = await checkPeople(actor, input.requestedForId ?? actor.id, input.followerIds);
  if (!people.ok) return people;
  const { requestedFor, organizationId } = people.value;

  // A user picker's answer is stored as the person's name: the ticket reads the same for ever,
  // whatever later happens to that account.
  const answered: Record<string, unknown> = { ...answers.data };
  for (const field of fields.filter((f) => f.type === "USER")) {
    const userId = answered[field.key];
    if (typeof userId !== "string" || userId === "") continue;
    const member = await db.user.findFirst({
      where: { id: userId, organizationId, active: true },
      select: { name: true },
    });
    if (!member)
      return invalid({ [`answers.${field.key}`]: "Escolha um usuário da mesma organização." });
    answered[field.key] = member.name;
  }

  const now = clock();
  const create = db.$transaction(async (tx) => {
    const number = await nextTicketNumber(tx);
    const sla = startSla(now, await slaTargets(tx, item), await loadSlaPolicy(tx));
    const created = await tx.ticket.create({
      data: {
        number,
        itemId: item.id,
        requesterId: actor.id,
        requestedForId: requestedFor,
        organizationId,
        groupId: item.groupId,
        priority: input.priority,
        answers: toAnswers(fields, answered),
        description: input.description,
        contactPhone: input.contactPhone ?? null,
        submissionKey: input.submissionKey ?? null,
        ...sla,
        createdAt: now,
        updatedAt: now,
      },
      select: { id: true, number: true },
    });
    if (people.value.followerIds.length > 0) {
      await tx.ticketFollower.createMany({
        data: people.value.followerIds.map((userId) => ({
          ticketId: created.id,
          userId,
          createdAt: now,
        })),
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
    const attached = await linkAttachments(tx, {
      actorId: actor.id,
      ticketId: created.id,
      eventId: event.id,
      ids: input.attachmentIds,
      internal: false,
    });
    if (!attached.ok) throw new ChangeRefused(attached);
    await queueNotification(tx, {
      kind: "ticket.created",
      ticketId: created.id,
      eventId: event.id,
      now,
    });
    return created;
  });
  try {
    return ok(await create);
  } catch (error) {
    if (error instanceof ChangeRefused) return error.result;
    // The same submission arrived twice at once: the other one created the ticket.
    if (input.submissionKey && isUniqueViolation(error))
      return openValidTicket(actor, input, clock);
    throw error;
  }
}

/**
 * Who the ticket is for and who follows it must be active users of one organization: the
 * requester's own for requesters; the customer's for agents and admins opening on their behalf.
 */
async function checkPeople(
  actor: Actor,
  requestedForId: string,
  followerIds: string[],
): Promise<ServiceResult<{ requestedFor: string; organizationId: string; followerIds: string[] }>> {
  const onBehalf = actor.role !== "REQUESTER";
  if (onBehalf && requestedForId === actor.id) {
    return invalid({ requestedForId: "Escolha o cliente para quem a solicitação será aberta." });
  }
  if (!onBehalf && !actor.organizationId)
    return forbidden("Seu usuário não está vinculado a uma organização.");

  // A requester opening for themself is already known to be an active member (loadActor).
  const requestedFor =
    !onBehalf && requestedForId === actor.id
      ? { id: actor.id, organizationId: actor.organizationId }
      : await db.user.findFirst({
          where: {
            id: requestedForId,
            active: true,
            role: "REQUESTER",
            organizationId: { not: null },
          },
          select: { id: true, organizationId: true },
        });
  const organizationId = onBehalf ? requestedFor?.organizationId : actor.organizationId;
  if (!requestedFor || !organizationId || requestedFor.organizationId !== organizationId) {
    return invalid({ requestedForId: "Escolha um usuário da mesma organização." });
  }

  const uniqueFollowers = [...new Set(followerIds)].filter(
    (id) => id !== requestedFor.id && id !== actor.id,
  );
  if (uniqueFollowers.length > 0) {
    const members = await db.user.count({
      where: { id: { in: uniqueFollowers }, organizationId, role: "REQUESTER", active: true },
    });
    if (members !== uniqueFollowers.length) {
      return invalid({
        followerIds: "Só é possível adicionar acompanhantes da mesma organização.",
      });
    }
  }
  return ok({ requestedFor: requestedFor.id, organizationId, followerIds: uniqueFollowers });
}
