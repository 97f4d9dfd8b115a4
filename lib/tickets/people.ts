import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./actor";

/**
 * The people of a requester's organization who can be named on a request ("Requisitado para",
 * followers): active requesters of that organization, by name.
 */
export async function organizationPeople(organizationId: string | null) {
  if (!organizationId) return [];
  return db.user.findMany({
    where: { organizationId, role: "REQUESTER", active: true },
    select: { id: true, name: true, email: true, phone: true },
    orderBy: { name: "asc" },
    take: 2_000,
  });
}

/** The actor and the others of their organization, for the request form's user block. */
export async function requestFormPeople(actor: Actor) {
  const people = await organizationPeople(actor.organizationId);
  const me =
    people.find((p) => p.id === actor.id) ??
    (await db.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { id: true, name: true, email: true, phone: true },
    }));
  return { me, colleagues: people.filter((p) => p.id !== actor.id) };
}
