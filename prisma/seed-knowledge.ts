import type { Tx } from "@/lib/db/client";
import { reindexArticle } from "@/lib/search/reindex";
import { demoArticles, demoKnowledgeCategories } from "./demo-knowledge";

const DAY_MS = 24 * 60 * 60_000;

/**
 * Writes the demo knowledge base (prisma/demo-knowledge.ts) after the demo users and catalogue.
 * Idempotent like the rest of the seed: articles are matched by slug and brought back to the demo
 * text; each gets its first revision once; votes and comments are written once per person.
 */
export async function seedDemoKnowledge(tx: Tx, now = new Date()): Promise<void> {
  const categoryIds = new Map<string, string>();
  for (const [position, { slug, name, parent }] of demoKnowledgeCategories.entries()) {
    const data = {
      name,
      parentId: parent ? categoryIds.get(parent)! : null,
      position,
      active: true,
    };
    const row = await tx.knowledgeCategory.upsert({
      where: { slug },
      create: { slug, ...data },
      update: data,
    });
    categoryIds.set(slug, row.id);
  }
  const userIds = new Map(
    (await tx.user.findMany({ select: { id: true, cpf: true } })).map((u) => [u.cpf, u.id]),
  );
  const itemIds = new Map(
    (await tx.catalogItem.findMany({ select: { id: true, slug: true } })).map((i) => [
      i.slug,
      i.id,
    ]),
  );

  for (const demo of demoArticles) {
    const { votes = [], comments = [] } = demo;
    const when = new Date(now.getTime() - demo.ageDays * DAY_MS);
    const data = {
      title: demo.title,
      summary: demo.summary,
      body: demo.body,
      keywords: demo.keywords,
      audience: demo.audience,
      state: demo.state,
      categoryId: categoryIds.get(demo.category)!,
      authorId: userIds.get(demo.author)!,
      viewCount: demo.views,
      helpfulCount: votes.filter((v) => v.helpful).length,
      voteCount: votes.length,
      publishedAt: demo.state === "PUBLISHED" ? when : null,
      updatedAt: when,
    };
    const article = await tx.article.upsert({
      where: { slug: demo.slug },
      create: { slug: demo.slug, createdAt: when, ...data },
      update: data,
    });
    await tx.articleItem.deleteMany({ where: { articleId: article.id } });
    await tx.articleItem.createMany({
      data: demo.items.map((slug) => ({ articleId: article.id, itemId: itemIds.get(slug)! })),
    });
    if (!(await tx.articleRevision.count({ where: { articleId: article.id } }))) {
      await tx.articleRevision.create({
        data: {
          articleId: article.id,
          number: 1,
          title: data.title,
          summary: data.summary,
          body: data.body,
          keywords: data.keywords,
          audience: data.audience,
          categoryId: data.categoryId,
          state: data.state,
          changed: ["title", "summary", "body", "keywords", "audience", "category", "state"],
          authorId: data.authorId,
          createdAt: when,
        },
      });
    }
    await tx.articleVote.deleteMany({ where: { articleId: article.id } });
    await tx.articleVote.createMany({
      data: votes.map((vote) => ({
        articleId: article.id,
        userId: userIds.get(vote.cpf)!,
        helpful: vote.helpful,
        missing: vote.missing ?? null,
        createdAt: when,
      })),
    });
    for (const comment of comments) {
      const authorId = userIds.get(comment.cpf)!;
      const exists = await tx.articleComment.count({
        where: { articleId: article.id, authorId, body: comment.body },
      });
      if (!exists)
        await tx.articleComment.create({
          data: { articleId: article.id, authorId, body: comment.body, createdAt: when },
        });
    }
    await reindexArticle(tx, article.id);
  }
}
