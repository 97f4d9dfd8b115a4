import "server-only";
import { db } from "@/lib/db";
import { settledFor } from "@/lib/refusal";
import { notFound, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { partiesSelect, relationsToRow, worksOn } from "@/lib/tickets/relations";
import { parseTicketNumber } from "@/lib/tickets/ticket-list";
import type { ArticleFormValues } from "./article-schema";
import { requireAuthor } from "./articles";
import { draftFromTicket, wasResolved } from "./from-ticket-text";

const NOT_FOUND = "Chamado não encontrado ou ainda não resolvido.";
const person = { select: { name: true, email: true, phone: true, cpf: true } } as const;

/**
 * The editor's first draft for "Criar artigo a partir deste chamado": for support working the
 * ticket, once it was resolved. What it says is copied without the people in it.
 */
export function articleFromTicket(
  actor: Actor,
  number: string,
): Promise<ServiceResult<{ sourceTicketId: string; values: Partial<ArticleFormValues> }>> {
  return settledFor(actor, load(actor, number));
}

async function load(actor: Actor, number: string) {
  requireAuthor(actor, "article.fromTicket");
  const canonical = parseTicketNumber(number);
  const ticket = canonical
    ? await db.ticket.findUnique({
        where: { number: canonical },
        select: {
          id: true,
          state: true,
          resolvedAt: true,
          description: true,
          contactPhone: true,
          itemId: true,
          item: { select: { title: true, active: true } },
          requester: person,
          requestedFor: person,
          organization: { select: { name: true } },
          events: {
            where: { type: "STATE_CHANGED", fromState: "IN_PROGRESS", toState: "AWAITING_USER" },
            orderBy: { createdAt: "desc" },
            take: 1,
            select: { body: true },
          },
          ...partiesSelect,
        },
      })
    : null;
  if (!ticket || !worksOn(relationsToRow(actor, ticket)) || !wasResolved(ticket))
    return notFound(NOT_FOUND);
  const people = [ticket.requester, ticket.requestedFor];
  const draft = draftFromTicket({
    itemTitle: ticket.item.title,
    description: ticket.description,
    resolution: ticket.events[0]?.body ?? null,
    personal: [
      ...people.flatMap((p) => [p.name, p.email, p.phone ?? "", p.cpf]),
      ticket.organization.name,
      ticket.contactPhone ?? "",
    ],
  });
  return ok({
    sourceTicketId: ticket.id,
    values: { ...draft, itemIds: ticket.item.active ? [ticket.itemId] : [] },
  });
}
