import "server-only";
import { z } from "zod";
import { refuse } from "@/lib/refusal";
import { invalid } from "@/lib/result";
import { bumpVersion, defineTicketChange } from "./change";
import { queueNotification } from "./notifications";
import { MISSING_TEXTS } from "./states";
import { requiredText } from "./texts";

export const assignInput = z.strictObject({
  ticketId: z.string().min(1).max(100),
  version: z.number().int().positive(),
  /** An agent of the ticket's group, or null to leave it unassigned. */
  assigneeId: z.string().min(1).max(100).nullable(),
});

/** Assigns the ticket to an agent of its group (or to nobody). */
export const assignTicket = defineTicketChange(
  assignInput,
  () => "assign",
  async ({ tx, ticket, input: { assigneeId }, actor, now }) => {
    if (assigneeId) {
      const member = await tx.groupMember.count({
        where: {
          groupId: ticket.groupId,
          userId: assigneeId,
          user: { active: true, role: "AGENT" },
        },
      });
      if (!member) refuse(invalid({ assigneeId: "Escolha um analista do grupo responsável." }));
    }
    if (assigneeId === ticket.assigneeId) {
      refuse(invalid({ assigneeId: "A solicitação já está com este analista." }));
    }
    const version = await bumpVersion(tx, ticket, { assigneeId, updatedAt: now });
    const event = await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        type: "ASSIGNED",
        actorId: actor.id,
        visibility: "INTERNAL",
        data: { fromUserId: ticket.assigneeId, toUserId: assigneeId },
        createdAt: now,
      },
    });
    if (assigneeId) {
      await queueNotification(tx, {
        kind: "ticket.assigned",
        ticketId: ticket.id,
        eventId: event.id,
        now,
      });
    }
    return { version };
  },
);

export const transferInput = z.strictObject({
  ticketId: z.string().min(1).max(100),
  version: z.number().int().positive(),
  groupId: z.string().min(1, "Escolha o grupo de destino.").max(100),
  reason: requiredText(MISSING_TEXTS.transfer),
});

/** Transfers (escalates) the ticket to another support group, with a reason; it becomes unassigned. */
export const transferTicket = defineTicketChange(
  transferInput,
  () => "transfer",
  async ({ tx, ticket, input: { groupId, reason }, actor, now }) => {
    if (groupId === ticket.groupId)
      refuse(invalid({ groupId: "A solicitação já está neste grupo." }));
    const group = await tx.supportGroup.count({ where: { id: groupId, active: true } });
    if (!group) refuse(invalid({ groupId: "Escolha um grupo ativo." }));
    const version = await bumpVersion(tx, ticket, { groupId, assigneeId: null, updatedAt: now });
    const event = await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        type: "TRANSFERRED",
        actorId: actor.id,
        visibility: "INTERNAL",
        body: reason,
        data: { fromGroupId: ticket.groupId, toGroupId: groupId },
        createdAt: now,
      },
    });
    await queueNotification(tx, {
      kind: "ticket.transferred",
      ticketId: ticket.id,
      eventId: event.id,
      now,
    });
    return { version };
  },
);
