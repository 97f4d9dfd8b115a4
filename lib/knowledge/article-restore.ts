import "server-only";
import { systemClock, type Clock } from "@/lib/clock";
import { db } from "@/lib/db";
import { refuse } from "@/lib/refusal";
import { notFound, ok, type ServiceResult } from "@/lib/result";
import { reindexArticle } from "@/lib/search/index";
import type { Actor } from "@/lib/tickets/actor";
import { claimVersion, requireAuthor } from "./articles";
import { changedContent, changedFields, writeRevision } from "./revisions";

/**
 * "Restaurar esta versão": the article says again what revision `number` said (title, summary,
 * body, keywords, audience, category), in a new revision that names the one it came from. Its
 * state, related items and review date stay as they are: restoring text never publishes.
 */
export async function restoreRevision(
  actor: Actor,
  input: { articleId: string; number: number; version: number },
  clock: Clock = systemClock,
): Promise<ServiceResult<{ number: number }>> {
  requireAuthor(actor, "article.restore");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      include: { items: true },
    });
    const old = await tx.articleRevision.findUnique({
      where: { articleId_number: { articleId: input.articleId, number: input.number } },
    });
    if (!article || !old) refuse(notFound("Versão não encontrada."));
    await claimVersion(tx, article.id, input.version);
    const { title, summary, body, keywords, audience, categoryId } = old;
    const content = { title, summary, body, keywords, audience, categoryId };
    const itemIds = article.items.map((i) => i.itemId);
    const changed = changedFields({ ...article, itemIds }, { ...article, ...content, itemIds });
    const saved = await tx.article.update({
      where: { id: article.id },
      data: { ...content, ...(changedContent(changed) ? { updatedAt: clock() } : {}) },
    });
    const number = await writeRevision(tx, saved, {
      authorId: actor.id,
      changed,
      restoredFrom: old.number,
    });
    await reindexArticle(tx, saved.id);
    return ok({ number });
  });
}
