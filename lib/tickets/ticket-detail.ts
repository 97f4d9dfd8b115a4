import "server-only";
import { db, type Prisma } from "@/lib/db";
import { notFound, ok, type ServiceResult } from "@/lib/result";
import type { Answer } from "@/lib/catalog/fields";
import type { Actor } from "./actor";
import { recordPermissionRefusal } from "@/lib/security/events";
import { recordDataAccess } from "@/lib/privacy/access-log";
import { partiesSelect, relationsToRow, worksOn } from "./relations";
import { infoClosesAt } from "./info-close";
import { availableActions, type TicketAction } from "./state-machine";
import { parseTicketNumber } from "./ticket-list";

/** The ticket's page ("Formulário da Solicitação"): what it says and what this user may do with it. */

export type TicketDetail = Awaited<ReturnType<typeof loadDetail>> & {
  answers: Answer[];
  actions: TicketAction[];
  canSeeInternal: boolean;
  /** When it closes "sem retorno do usuário", while it waits for information. */
  infoClosesAt: Date | null;
};

function loadDetail(ticketId: string, includeInternal: boolean) {
  const visibility = includeInternal ? {} : { visibility: "PUBLIC" as const };
  return db.ticket.findUnique({
    where: { id: ticketId },
    include: {
      item: {
        select: { id: true, title: true, subtitle: true, category: { select: { name: true } } },
      },
      organization: { select: { id: true, name: true } },
      // Names only: support reads the customer's contact in its own panel (support-panel.ts).
      requester: { select: { id: true, name: true } },
      requestedFor: { select: { id: true, name: true } },
      group: { select: { id: true, name: true } },
      assignee: { select: { id: true, name: true } },
      followers: {
        select: { user: { select: { id: true, name: true } } },
        orderBy: { createdAt: "asc" },
      },
      events: {
        where: visibility,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        include: { actor: { select: { id: true, name: true } } },
      },
      attachments: { where: visibility, orderBy: { createdAt: "desc" } },
    },
  });
}

/**
 * A ticket's page: details, timeline (newest first; internal notes only for agents of its group
 * and admins) and the actions this user may take. "Not found" for users who may not see it.
 */
export function getTicketDetail(
  actor: Actor,
  ticketId: string,
): Promise<ServiceResult<TicketDetail>> {
  return detailWhere(actor, { id: ticketId });
}

/** The same, by the ticket's number as written in links and e-mails ("CS0000123"). */
export function getTicketDetailByNumber(
  actor: Actor,
  number: string,
): Promise<ServiceResult<TicketDetail>> {
  const canonical = parseTicketNumber(number);
  return canonical ? detailWhere(actor, { number: canonical }) : Promise.resolve(notFound());
}

/** Who may see the ticket is read first (one small row), the page's data only for them. */
async function detailWhere(
  actor: Actor,
  where: Prisma.TicketWhereUniqueInput,
): Promise<ServiceResult<TicketDetail>> {
  const parties = await db.ticket.findUnique({
    where,
    select: { id: true, number: true, ...partiesSelect },
  });
  if (!parties) return notFound();
  const relations = relationsToRow(actor, parties);
  if (relations.size === 0) {
    // Someone else's ticket: the same answer as a number that does not exist, and a log line.
    await recordPermissionRefusal(actor, parties.number);
    return notFound();
  }

  const canSeeInternal = worksOn(relations);
  const [ticket] = await Promise.all([
    loadDetail(parties.id, canSeeInternal),
    // LGPD: the requester's data was opened by someone else ("Quem acessou meus dados").
    recordDataAccess(actor, [parties.requesterId, parties.requestedForId], {
      kind: "ticket",
      ref: parties.number,
    }),
  ]);
  if (!ticket) return notFound();
  return ok({
    ...ticket,
    answers: ticket.answers as Answer[],
    actions: availableActions(ticket.state, relations),
    canSeeInternal,
    infoClosesAt: await infoClosesAt(ticket),
  });
}
