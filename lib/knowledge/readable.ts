import "server-only";
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/result";
import { refuse } from "@/lib/refusal";
import { readableArticlesWhere, type Reader } from "./access";

/**
 * What a reader's vote, answer or comment is about, checked again in the writing transaction: an
 * article id can be guessed, and an article may have been archived or made internal since the
 * page was drawn. Refused exactly like an unknown id, so the answer tells nothing about it.
 */
export const ARTICLE_NOT_FOUND = "Artigo não encontrado.";

export async function readableArticleForWrite(tx: Tx, reader: Reader, articleId: string) {
  const article = await tx.article.findFirst({
    where: { id: articleId, ...readableArticlesWhere(reader) },
    select: { id: true, title: true, slug: true },
  });
  if (article) return article;
  // A published article this reader may not read (not one archived since the page was drawn):
  // someone tried an id they were never shown, worth the security log.
  const exists = await tx.article.count({ where: { id: articleId, state: "PUBLISHED" } });
  return refuse(notFound(ARTICLE_NOT_FOUND), exists ? `artigo ${articleId}` : undefined);
}
