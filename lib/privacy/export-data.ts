import "server-only";
import { db } from "@/lib/db";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { accessesOf } from "./access-log";

/**
 * Everything "Baixar meus dados" hands the person: their profile, the tickets opened by them or
 * for them with the public conversation (never internal notes or internal files; of other people,
 * only the names on their tickets), their votes, ratings, comments, sessions and access log.
 */
export async function collectPersonalData(userId: string) {
  const mine = { OR: [{ requesterId: userId }, { requestedForId: userId }] };
  const publicOnly = { visibility: "PUBLIC" as const };
  const [profile, tickets, votes, ratings, comments, sessions, accesses] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        name: true,
        cpf: true,
        email: true,
        phone: true,
        role: true,
        createdAt: true,
        lastSignInAt: true,
        privacyAckAt: true,
        organization: { select: { name: true } },
      },
    }),
    db.ticket.findMany({
      where: mine,
      orderBy: { createdAt: "asc" },
      select: {
        number: true,
        state: true,
        createdAt: true,
        closedAt: true,
        description: true,
        contactPhone: true,
        answers: true,
        item: { select: { title: true } },
        organization: { select: { name: true } },
        requester: { select: { name: true } },
        requestedFor: { select: { name: true } },
        events: {
          where: publicOnly,
          orderBy: { createdAt: "asc" },
          select: {
            type: true,
            body: true,
            fromState: true,
            toState: true,
            createdAt: true,
            actor: { select: { name: true } },
          },
        },
        attachments: {
          where: publicOnly,
          select: { fileName: true, size: true, createdAt: true },
        },
      },
    }),
    db.articleVote.findMany({
      where: { userId },
      select: {
        helpful: true,
        missing: true,
        updatedAt: true,
        article: { select: { title: true } },
      },
    }),
    db.ticketRating.findMany({
      where: { userId },
      select: { score: true, comment: true, updatedAt: true, ticket: { select: { number: true } } },
    }),
    db.articleComment.findMany({
      where: { authorId: userId },
      select: { body: true, createdAt: true, article: { select: { title: true } } },
    }),
    db.userSession.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true, endedAt: true, expiresAt: true, address: true, userAgent: true },
    }),
    accessesOf(userId),
  ]);
  return {
    profile: {
      ...profile,
      role: ROLE_LABELS[profile.role],
      organization: profile.organization?.name ?? null,
    },
    tickets: tickets.map(({ item, organization, requester, requestedFor, events, ...t }) => ({
      ...t,
      item: item.title,
      organization: organization.name,
      requester: requester.name,
      requestedFor: requestedFor.name,
      events: events.map(({ actor, ...e }) => ({ ...e, by: actor?.name ?? "Sistema" })),
    })),
    votes: votes.map(({ article, ...v }) => ({ article: article.title, ...v })),
    ratings: ratings.map(({ ticket, ...r }) => ({ ticket: ticket.number, ...r })),
    comments: comments.map(({ article, ...c }) => ({ article: article.title, ...c })),
    sessions,
    accessLog: accesses.map(({ actor, kind, ref, createdAt }) => ({
      kind,
      ref,
      createdAt,
      by: actor.name,
      role: ROLE_LABELS[actor.role],
    })),
  };
}

export type PersonalData = Awaited<ReturnType<typeof collectPersonalData>>;
