import "server-only";
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import { forbidden, ok, type ServiceResult } from "@/lib/result";
import { refuse, settledFor } from "@/lib/refusal";
import type { Actor } from "@/lib/tickets/actor";
import { mayAuthorArticles } from "./access";

/**
 * What the authoring screens read (/agente/conhecimento): every article, drafts and archived
 * ones included, for authors only. Pages call these directly, so each settles itself.
 */
export function readAsAuthor<T>(
  actor: Actor,
  action: string,
  read: () => Promise<T>,
): Promise<ServiceResult<T>> {
  return settledFor(
    actor,
    (async () => {
      if (!mayAuthorArticles(actor)) refuse(forbidden(), action);
      return ok(await read());
    })(),
  );
}

/** The list's filters as the address writes them (lib/lists/address.ts). */
export const AUTHORING_LIST = {
  estado: z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]),
  categoria: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  autor: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  revisao: z.literal("1"),
};

export type AuthoringFilters = {
  estado?: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  categoria?: string;
  autor?: string;
  revisao?: "1";
  pagina: number;
};

export const AUTHORING_PAGE_SIZE = 25;
/** "Precisa de revisão" by the votes: at least this many, and more "Não" than "Sim". */
const MIN_VOTES = 3;

/**
 * "Precisa de revisão": the review date has passed, or readers voted it down. The second is a
 * comparison of two columns (more "Não" than "Sim"), which Prisma cannot write: the articles
 * with enough votes are few (one row each, two counters), so they are compared here.
 */
async function needsReviewWhere(now: Date): Promise<Prisma.ArticleWhereInput> {
  const voted = await db.article.findMany({
    where: { voteCount: { gte: MIN_VOTES } },
    select: { id: true, voteCount: true, helpfulCount: true },
  });
  const downVoted = voted.filter((a) => a.voteCount - a.helpfulCount > a.helpfulCount);
  return { OR: [{ reviewBy: { lt: now } }, { id: { in: downVoted.map((a) => a.id) } }] };
}

export function listArticlesForAuthors(actor: Actor, filters: AuthoringFilters, now: Date) {
  return readAsAuthor(actor, "article.list", async () => {
    const where: Prisma.ArticleWhereInput = {
      state: filters.estado,
      categoryId: filters.categoria,
      ...(filters.autor
        ? {
            OR: [{ authorId: filters.autor }, { revisions: { some: { authorId: filters.autor } } }],
          }
        : {}),
      ...(filters.revisao ? { AND: [await needsReviewWhere(now)] } : {}),
    };
    const [rows, total] = await Promise.all([
      db.article.findMany({
        where,
        select: {
          id: true,
          title: true,
          state: true,
          audience: true,
          updatedAt: true,
          voteCount: true,
          helpfulCount: true,
          category: { select: { name: true } },
        },
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        skip: (filters.pagina - 1) * AUTHORING_PAGE_SIZE,
        take: AUTHORING_PAGE_SIZE,
      }),
      db.article.count({ where }),
    ]);
    return {
      rows: rows.map(({ voteCount, helpfulCount, ...row }) => ({
        ...row,
        notHelpful: voteCount - helpfulCount,
      })),
      total,
    };
  });
}

/** The filters' choices: categories and the people who wrote articles. */
export function authoringFilterChoices(actor: Actor) {
  return readAsAuthor(actor, "article.filters", async () => {
    const [categories, authors] = await Promise.all([
      db.knowledgeCategory.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
      db.user.findMany({
        where: { articleRevisions: { some: {} } },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      }),
    ]);
    return { categories, authors };
  });
}
