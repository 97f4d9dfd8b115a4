import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { ok, type ServiceResult } from "@/lib/result";
import { isSupport, refuse } from "./access";
import type { Actor } from "./actor";

/**
 * The people who can be named on a request ("Requisitado para", followers): active requesters
 * of one organization, by name. Names only: pickers show names, and whatever a page hands a
 * browser component travels in its payload, so e-mails and phones are asked for one at a time
 * (contactOf). A requester reads only their own organization; support reads any.
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
  if (!person || !allowed) return refuse(actor, "request.contact");
  return ok({ email: person.email, phone: person.phone });
}
