import "server-only";
import { z } from "zod";
import { systemClock, type Clock } from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict, forbidden, notFound, ok, type ServiceResult } from "@/lib/result";
import { refuse } from "@/lib/refusal";
import { mayAuthorArticles, type Reader } from "./access";
import { queueArticleMail } from "./article-mails";
import { readableArticleForWrite } from "./readable";
import { articleIdSchema, COMMENT_LIMIT, HIDE_REASON_LIMIT, readerText } from "./reader-texts";

/**
 * Comments under an article: signed-in readers write them (plain text), the article's authors
 * hear of each by e-mail, and support may hide one with a reason. A hidden comment is kept: the
 * readers no longer see it, support sees it marked with who hid it and why.
 */

export type ArticleCommentView = {
  id: string;
  authorName: string;
  body: string;
  createdAt: Date;
  hidden: { byName: string; reason: string } | null;
};

export async function articleComments(
  reader: Reader,
  articleId: string,
): Promise<ArticleCommentView[]> {
  const support = mayAuthorArticles(reader);
  const rows = await db.articleComment.findMany({
    where: { articleId, ...(support ? {} : { hiddenAt: null }) },
    select: {
      id: true,
      body: true,
      createdAt: true,
      hiddenAt: true,
      hiddenReason: true,
      author: { select: { name: true } },
      hiddenBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    authorName: row.author.name,
    body: row.body,
    createdAt: row.createdAt,
    hidden: row.hiddenAt
      ? { byName: row.hiddenBy?.name ?? "", reason: row.hiddenReason ?? "" }
      : null,
  }));
}

type Writer = NonNullable<Reader> & { name: string };

export const articleCommentInput = z.strictObject({
  articleId: articleIdSchema,
  body: readerText(COMMENT_LIMIT, "Escreva o comentário."),
});

export async function addArticleComment(
  writer: Writer,
  input: z.output<typeof articleCommentInput>,
  clock: Clock = systemClock,
): Promise<ServiceResult<{ id: string }>> {
  const now = clock();
  return db.$transaction(async (tx) => {
    const article = await readableArticleForWrite(tx, writer, input.articleId);
    const comment = await tx.articleComment.create({
      data: { articleId: article.id, authorId: writer.id, body: input.body, createdAt: now },
      select: { id: true },
    });
    await queueArticleMail(tx, { kind: "article.comment", article, writer, text: input.body }, now);
    return ok(comment);
  });
}

export const hideCommentInput = z.strictObject({
  commentId: z.string().min(1).max(100),
  reason: readerText(HIDE_REASON_LIMIT, "Informe o motivo."),
});

export const ALREADY_HIDDEN = "Este comentário já foi ocultado.";

/** "Ocultar comentário" (support): kept, with who hid it, when and why. */
export async function hideArticleComment(
  hider: Writer,
  input: z.output<typeof hideCommentInput>,
  clock: Clock = systemClock,
): Promise<ServiceResult<null>> {
  if (!mayAuthorArticles(hider)) return forbidden();
  const now = clock();
  return db.$transaction(async (tx) => {
    const comment = await tx.articleComment.findUnique({
      where: { id: input.commentId },
      select: { articleId: true },
    });
    if (!comment) refuse(notFound("Comentário não encontrado."));
    await readableArticleForWrite(tx, hider, comment.articleId);
    // Conditional, so of two people hiding it at once the first reason stays.
    const { count } = await tx.articleComment.updateMany({
      where: { id: input.commentId, hiddenAt: null },
      data: { hiddenAt: now, hiddenById: hider.id, hiddenReason: input.reason },
    });
    if (count === 0) refuse(conflict(ALREADY_HIDDEN));
    return ok(null);
  });
}
