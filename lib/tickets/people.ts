import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isSupport } from "@/lib/auth/roles";
import { refuse } from "@/lib/refusal";
import { toAnswers, type Answer, type FieldDefinition } from "@/lib/catalog/fields";
import { forbidden, invalid, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "./actor";

/**
 * The people who can be named on a request ("Requisitado para", followers, a user picker's
 * answer): active requesters of one organization, by name. Names only: pickers show names, and
 * whatever a page hands a browser component travels in its payload, so e-mails and phones are
 * asked for one at a time (contactOf). A requester reads only their own organization; support
 * reads any.
 */
export async function organizationPeople(actor: Actor, organizationId: string | null) {
  const allowed = isSupport(actor) || organizationId === actor.organizationId;
  if (!organizationId || !allowed) return [];
  return db.user.findMany({
    where: { organizationId, role: "REQUESTER", active: true },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: 2_000,
  });
}

const contactSelect = { id: true, name: true, email: true, phone: true } as const;

/** The actor with their own e-mail and phone, and the others of their organization by name. */
export async function requestFormPeople(actor: Actor) {
  const [me, people] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: contactSelect }),
    organizationPeople(actor, actor.organizationId),
  ]);
  return { me, colleagues: people.filter((p) => p.id !== actor.id) };
}

export const contactInput = z.strictObject({ userId: z.string().min(1).max(100) });

/**
 * The e-mail and phone the request form shows once someone is chosen as "Requisitado para": a
 * requester may read those of the people they may name (their organization's), support anyone's.
 * Anyone else is refused with a thrown Refusal, which the caller settles and logs.
 */
export async function contactOf(
  actor: Actor,
  input: z.output<typeof contactInput>,
): Promise<ServiceResult<{ email: string; phone: string | null }>> {
  const person = await db.user.findFirst({
    where: { id: input.userId, role: "REQUESTER", active: true },
    select: { email: true, phone: true, organizationId: true },
  });
  const allowed = isSupport(actor) || person?.organizationId === actor.organizationId;
  if (!person || !allowed) refuse(forbidden(), "request.contact");
  return ok({ email: person.email, phone: person.phone });
}

/** Who a new ticket is for, the organization it belongs to, and who follows it. */
export type RequestPeople = { requestedFor: string; organizationId: string; followerIds: string[] };

/**
 * Who the ticket is for and who follows it must be active users of one organization: the
 * requester's own for requesters; the customer's for agents and admins opening on their behalf.
 */
export async function checkRequestPeople(
  actor: Actor,
  requestedForId: string,
  followerIds: string[],
): Promise<ServiceResult<RequestPeople>> {
  const onBehalf = isSupport(actor);
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

/**
 * The answers as the ticket stores them (toAnswers). A user picker's answer, a person's id, must
 * name an active user of the ticket's organization and is stored as their name: the ticket reads
 * the same for ever, whatever later happens to that account.
 */
export async function namedAnswers(
  fields: readonly FieldDefinition[],
  parsed: Record<string, unknown>,
  organizationId: string,
): Promise<ServiceResult<Answer[]>> {
  const answered = { ...parsed };
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
  return ok(toAnswers(fields, answered));
}
