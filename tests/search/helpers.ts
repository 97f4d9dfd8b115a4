import { db } from "@/lib/db";
import type { ArticleAudience, ArticleState } from "@/lib/db/generated/enums";
import { reindexArticle } from "@/lib/search";

/** An article written and indexed as the authoring services do, in one transaction. */
export async function writeArticle(
  authorId: string,
  article: {
    slug: string;
    title: string;
    summary?: string;
    body?: string;
    keywords?: string;
    audience?: ArticleAudience;
    state?: ArticleState;
    itemIds?: string[];
  },
) {
  const { itemIds = [], ...data } = article;
  return db.$transaction(async (tx) => {
    const category = await tx.knowledgeCategory.findFirstOrThrow();
    const row = await tx.article.create({
      data: {
        summary: "",
        body: "",
        audience: "SIGNED_IN",
        state: "PUBLISHED",
        ...data,
        authorId,
        categoryId: category.id,
        items: { create: itemIds.map((itemId) => ({ itemId })) },
      },
    });
    await reindexArticle(tx, row.id);
    return row;
  });
}

/** Changes an article and brings its search entry up to date, as a save does. */
export function updateArticle(
  id: string,
  data: { state?: ArticleState; audience?: ArticleAudience; title?: string },
) {
  return db.$transaction(async (tx) => {
    await tx.article.update({ where: { id }, data });
    await reindexArticle(tx, id);
  });
}
