import "server-only";
import { z } from "zod";
import { systemClock, type Clock } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { conflict, ok, type ServiceResult } from "@/lib/result";
import { refuse } from "@/lib/refusal";
import type { Reader } from "./access";
import { queueArticleMail } from "./article-mails";
import { readableArticleForWrite } from "./readable";
import { articleIdSchema, FEEDBACK_LIMIT, readerText } from "./reader-texts";

/**
 * "Esse artigo foi útil?": one vote per signed-in reader and article, which they may change, and
 * after a "Não" an optional "O que faltou neste artigo?" that goes to the article's authors.
 * Article.helpfulCount and voteCount are counted again from the votes in the voting transaction,
 * with the article's row locked first, so they equal the votes whatever runs at the same time.
 */

type Voter = NonNullable<Reader> & { name: string };

export type VoteSummary = {
  helpfulCount: number;
  voteCount: number;
  /** The reader's own vote, when signed in and voted. */
  mine: { helpful: boolean; missing: string | null } | null;
};

export async function voteSummary(reader: Reader, articleId: string): Promise<VoteSummary> {
  const [article, mine] = await Promise.all([
    db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { helpfulCount: true, voteCount: true },
    }),
    reader
      ? db.articleVote.findUnique({
          where: { articleId_userId: { articleId, userId: reader.id } },
          select: { helpful: true, missing: true },
        })
      : null,
  ]);
  return { ...article, mine };
}

/** Locks the article's row (a write that changes nothing), then checks the reader may read it. */
async function lockReadableArticle(tx: Tx, reader: Voter, articleId: string) {
  await tx.article.updateMany({ where: { id: articleId }, data: { voteCount: { increment: 0 } } });
  return readableArticleForWrite(tx, reader, articleId);
}

export const voteInput = z.strictObject({ articleId: articleIdSchema, helpful: z.boolean() });

export async function voteOnArticle(
  voter: Voter,
  input: z.output<typeof voteInput>,
  clock: Clock = systemClock,
): Promise<ServiceResult<{ helpfulCount: number; voteCount: number }>> {
  const now = clock();
  return db.$transaction(async (tx) => {
    const { id: articleId } = await lockReadableArticle(tx, voter, input.articleId);
    const key = { articleId_userId: { articleId, userId: voter.id } };
    await tx.articleVote.upsert({
      where: key,
      create: { articleId, userId: voter.id, helpful: input.helpful, createdAt: now },
      // What was missing belonged to a "Não"; a "Sim" leaves nothing missing.
      update: { helpful: input.helpful, ...(input.helpful ? { missing: null } : {}) },
    });
    const helpfulCount = await tx.articleVote.count({ where: { articleId, helpful: true } });
    const voteCount = await tx.articleVote.count({ where: { articleId } });
    await tx.article.update({
      where: { id: articleId },
      data: { helpfulCount, voteCount },
      select: { id: true },
    });
    return ok({ helpfulCount, voteCount });
  });
}

export const feedbackInput = z.strictObject({
  articleId: articleIdSchema,
  missing: readerText(FEEDBACK_LIMIT, "Escreva o que faltou neste artigo."),
});

export const FEEDBACK_NEEDS_NO = "Responda antes que o artigo não foi útil.";

/** "O que faltou neste artigo?": kept with the reader's "Não" and mailed to the authors. */
export async function sendArticleFeedback(
  voter: Voter,
  input: z.output<typeof feedbackInput>,
  clock: Clock = systemClock,
): Promise<ServiceResult<null>> {
  const now = clock();
  return db.$transaction(async (tx) => {
    const article = await lockReadableArticle(tx, voter, input.articleId);
    const { count } = await tx.articleVote.updateMany({
      where: { articleId: article.id, userId: voter.id, helpful: false },
      data: { missing: input.missing },
    });
    if (count === 0) refuse(conflict(FEEDBACK_NEEDS_NO));
    await queueArticleMail(
      tx,
      { kind: "article.feedback", article, writer: voter, text: input.missing },
      now,
    );
    return ok(null);
  });
}
