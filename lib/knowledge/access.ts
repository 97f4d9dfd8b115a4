import { isSupport } from "@/lib/auth/roles";
import type { ArticleAudience, ArticleState, Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/tickets/actor";

/**
 * Who may read which article: the knowledge base's one visibility rule. Every page, list, count,
 * search, suggestion and download of an article asks it, so no screen can show what another
 * would refuse.
 *
 * - signed out: published PUBLIC articles;
 * - a signed-in requester: published PUBLIC and SIGNED_IN articles;
 * - support (analysts, admins): every published article, "interno" (SUPPORT) included, and, in
 *   the authoring screens only, drafts and archived ones.
 */
export type Reader = Pick<Actor, "id" | "role"> | null;

export const AUDIENCE_LABELS: Record<ArticleAudience, string> = {
  PUBLIC: "Todos (também sem entrar)",
  SIGNED_IN: "Usuários do portal",
  SUPPORT: "Interno (somente suporte)",
};

export const ARTICLE_STATE_LABELS: Record<ArticleState, string> = {
  DRAFT: "Rascunho",
  PUBLISHED: "Publicado",
  ARCHIVED: "Arquivado",
};

/** The audiences `reader` may read. */
export function readableAudiences(reader: Reader): ArticleAudience[] {
  if (!reader) return ["PUBLIC"];
  return isSupport(reader) ? ["PUBLIC", "SIGNED_IN", "SUPPORT"] : ["PUBLIC", "SIGNED_IN"];
}

/** The published articles `reader` may read, as a query condition. */
export function readableArticlesWhere(reader: Reader): Prisma.ArticleWhereInput {
  return { state: "PUBLISHED", audience: { in: readableAudiences(reader) } };
}

/** Whether `reader` may read this article on the reading pages. */
export function mayReadArticle(
  reader: Reader,
  article: { state: ArticleState; audience: ArticleAudience },
): boolean {
  return article.state === "PUBLISHED" && readableAudiences(reader).includes(article.audience);
}

/** Whether `user` may write, publish, archive and restore articles, and hide comments. */
export function mayAuthorArticles(user: Reader): boolean {
  return user !== null && isSupport(user);
}
