import "server-only";
import { z } from "zod";
import { refuse } from "@/lib/refusal";
import { forbidden, invalid } from "@/lib/result";
import { bumpVersion, defineTicketChange } from "./change";

export const followerInput = z.strictObject({
  ticketId: z.string().min(1).max(100),
  userId: z.string().min(1, "Escolha um usuário.").max(100),
  version: z.number().int().positive().optional(),
});

export type FollowerInput = z.input<typeof followerInput>;

/** Adds someone of the ticket's organization to "Acompanhamento". */
export const addFollower = defineTicketChange(
  followerInput,
  () => "addFollower",
  async ({ tx, ticket, input: { userId }, actor, now }) => {
    if (ticket.followerIds.includes(userId) || userId === ticket.requestedForId) {
      refuse(invalid({ userId: "Este usuário já acompanha esta solicitação." }));
    }
    const member = await tx.user.count({
      where: { id: userId, organizationId: ticket.organizationId, role: "REQUESTER", active: true },
    });
    if (!member) {
      refuse(invalid({ userId: "Só é possível adicionar acompanhantes da mesma organização." }));
    }
    const version = await bumpVersion(tx, ticket, { updatedAt: now });
    await tx.ticketFollower.create({ data: { ticketId: ticket.id, userId, createdAt: now } });
    await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        type: "FOLLOWER_ADDED",
        actorId: actor.id,
        data: { userId },
        createdAt: now,
      },
    });
    return { version };
  },
);

/** Removes a follower; a follower who is not otherwise in charge may remove only themself. */
export const removeFollower = defineTicketChange(
  followerInput,
  () => "removeFollower",
  async ({ tx, ticket, relations, input: { userId }, actor, now }) => {
    // A manager's reading right puts them in charge of nothing either.
    const onlyFollower = [...relations].every((r) => r === "follower" || r === "manager");
    if (onlyFollower && userId !== actor.id) {
      refuse(forbidden("Você só pode deixar de acompanhar por si mesmo."), ticket.number);
    }
    if (!ticket.followerIds.includes(userId)) {
      refuse(invalid({ userId: "Este usuário não acompanha esta solicitação." }));
    }
    const version = await bumpVersion(tx, ticket, { updatedAt: now });
    await tx.ticketFollower.delete({ where: { ticketId_userId: { ticketId: ticket.id, userId } } });
    await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        type: "FOLLOWER_REMOVED",
        actorId: actor.id,
        data: { userId },
        createdAt: now,
      },
    });
    return { version };
  },
);
