import "server-only";
import type { ArticleModel as Article, Tx } from "@/lib/db";

/**
 * An article's revisions: every save (content or state) writes one, numbered 1, 2, 3… in the
 * save's transaction, with a snapshot of what the article then said and the names of the fields
 * the save changed.
 */

/** The fields a revision keeps, compared field by field to say what a save changed. */
const SNAPSHOT_FIELDS = ["title", "summary", "body", "keywords", "audience", "categoryId"] as const;

export type ArticleContent = Pick<Article, (typeof SNAPSHOT_FIELDS)[number]> & {
  reviewBy: Date | null;
  itemIds: readonly string[];
  state: Article["state"];
};

const sameItems = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** The names of the fields that differ ("items" for the related catalogue items); all for a new one. */
export function changedFields(before: ArticleContent | null, after: ArticleContent): string[] {
  const changed: string[] = SNAPSHOT_FIELDS.filter((name) => before?.[name] !== after[name]);
  if (before?.reviewBy?.getTime() !== after.reviewBy?.getTime()) changed.push("reviewBy");
  if (!before || !sameItems(before.itemIds, after.itemIds)) changed.push("items");
  if (before?.state !== after.state) changed.push("state");
  return changed;
}

/** Whether a save changed what the article says (not only its state): "Última atualização". */
export const changedContent = (changed: readonly string[]) => changed.some((f) => f !== "state");

/** Writes the article's next revision from its saved row. */
export async function writeRevision(
  tx: Tx,
  article: Article,
  input: { authorId: string; changed: readonly string[]; restoredFrom?: number },
): Promise<number> {
  const last = await tx.articleRevision.findFirst({
    where: { articleId: article.id },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const number = (last?.number ?? 0) + 1;
  await tx.articleRevision.create({
    data: {
      articleId: article.id,
      number,
      title: article.title,
      summary: article.summary,
      body: article.body,
      keywords: article.keywords,
      audience: article.audience,
      categoryId: article.categoryId,
      state: article.state,
      changed: [...input.changed],
      authorId: input.authorId,
      restoredFrom: input.restoredFrom ?? null,
    },
  });
  return number;
}
