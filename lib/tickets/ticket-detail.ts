import "server-only";
import { db, type Prisma } from "@/lib/db";
import { notFound, ok, type ServiceResult } from "@/lib/result";
import type { Answer } from "@/lib/catalog/fields";
import type { Actor } from "./actor";
import { recordPermissionRefusal } from "@/lib/security/events";
import { recordDataAccess } from "@/lib/privacy/access-log";
import { relationsToRow, worksOn } from "./relations";
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

type Person = { id: string; name: string };
type TicketRow = NonNullable<Awaited<ReturnType<typeof readTicket>>>;

/** The ticket's own row, and its followers in the order they were added (also who may see it). */
function readTicket(where: Prisma.TicketWhereUniqueInput) {
  return db.ticket.findUnique({
    where,
    include: { followers: { select: { userId: true }, orderBy: { createdAt: "asc" } } },
  });
}

/**
 * The names the page shows next to the ticket's ids, in one statement: as Prisma relations they
 * were four, each costing more in Prisma than in the database.
 */
async function namesOf(ticket: TicketRow) {
  const [names] = await db.$queryRaw<
    {
      itemTitle: string;
      itemSubtitle: string | null;
      categoryName: string;
      organizationName: string;
      groupName: string;
    }[]
  >`
    SELECT i."title" AS "itemTitle", i."subtitle" AS "itemSubtitle", c."name" AS "categoryName",
           o."name" AS "organizationName", g."name" AS "groupName"
    FROM "CatalogItem" i
    JOIN "CatalogCategory" c ON c."id" = i."categoryId"
    JOIN "Organization" o ON o."id" = ${ticket.organizationId}
    JOIN "SupportGroup" g ON g."id" = ${ticket.groupId}
    WHERE i."id" = ${ticket.itemId}`;
  if (!names) throw new Error(`The names of ticket ${ticket.number} are missing.`);
  return names;
}

/**
 * The page's data for a ticket this reader may see: the timeline newest first (internal notes
 * only with `includeInternal`), the files, and the people's names, read once for everyone the
 * page names (requesters, assignee, followers, the timeline's authors).
 */
async function loadDetail(ticket: TicketRow, includeInternal: boolean) {
  const visibility = includeInternal ? {} : { visibility: "PUBLIC" as const };
  const [events, attachments, names] = await Promise.all([
    db.ticketEvent.findMany({
      where: { ticketId: ticket.id, ...visibility },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
    db.attachment.findMany({
      where: { ticketId: ticket.id, ...visibility },
      orderBy: { createdAt: "desc" },
    }),
    namesOf(ticket),
  ]);
  const { followers, ...row } = ticket;
  const followerIds = followers.map((f) => f.userId);
  const peopleIds = new Set([ticket.requesterId, ticket.requestedForId, ...followerIds]);
  if (ticket.assigneeId) peopleIds.add(ticket.assigneeId);
  for (const event of events) if (event.actorId) peopleIds.add(event.actorId);
  const people = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [...peopleIds] } },
        select: { id: true, name: true },
      })
    ).map((person) => [person.id, person]),
  );
  const person = (id: string): Person => {
    const found = people.get(id);
    if (!found) throw new Error(`Person ${id} of ticket ${ticket.number} is missing.`);
    return found;
  };
  return {
    ...row,
    item: {
      id: ticket.itemId,
      title: names.itemTitle,
      subtitle: names.itemSubtitle,
      category: { name: names.categoryName },
    },
    organization: { id: ticket.organizationId, name: names.organizationName },
    // Names only: support reads the customer's contact in its own panel (support-panel.ts).
    requester: person(ticket.requesterId),
    requestedFor: person(ticket.requestedForId),
    group: { id: ticket.groupId, name: names.groupName },
    assignee: ticket.assigneeId ? person(ticket.assigneeId) : null,
    followers: followerIds.map((id) => ({ user: person(id) })),
    events: events.map((event) => ({
      ...event,
      actor: event.actorId ? person(event.actorId) : null,
    })),
    attachments,
  };
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

/** Who may see the ticket is decided on its own row; the rest of the page is read only for them. */
async function detailWhere(
  actor: Actor,
  where: Prisma.TicketWhereUniqueInput,
): Promise<ServiceResult<TicketDetail>> {
  const row = await readTicket(where);
  if (!row) return notFound();
  const relations = relationsToRow(actor, row);
  if (relations.size === 0) {
    // Someone else's ticket: the same answer as a number that does not exist, and a log line.
    await recordPermissionRefusal(actor, row.number);
    return notFound();
  }

  const canSeeInternal = worksOn(relations);
  const [ticket] = await Promise.all([
    loadDetail(row, canSeeInternal),
    // LGPD: the requester's data was opened by someone else ("Quem acessou meus dados").
    recordDataAccess(actor, [row.requesterId, row.requestedForId], {
      kind: "ticket",
      ref: row.number,
    }),
  ]);
  return ok({
    ...ticket,
    answers: ticket.answers as Answer[],
    actions: availableActions(ticket.state, relations),
    canSeeInternal,
    infoClosesAt: await infoClosesAt(ticket),
  });
}
