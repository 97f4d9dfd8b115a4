import "server-only";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { dayOf } from "@/lib/time/zone";
import type { Actor } from "@/lib/tickets/actor";
import type { ArticleFormValues } from "./article-schema";
import { readAsAuthor } from "./authoring-queries";
import { renderMarkdown } from "./markdown";

/** What the article editor and its history page read; for authors only. */

/** An article as the editor loads it: its values and the version a save must carry. */
export function articleForEditor(actor: Actor, id: string) {
  return readAsAuthor(actor, "article.read", async () => {
    const article = await db.article.findUnique({ where: { id }, include: { items: true } });
    if (!article) return null;
    const { timeZone } = await getSettings(db);
    const values: ArticleFormValues = {
      title: article.title,
      summary: article.summary,
      body: article.body,
      categoryId: article.categoryId,
      keywords: article.keywords,
      itemIds: article.items.map((i) => i.itemId),
      audience: article.audience,
      reviewBy: article.reviewBy ? dayOf(article.reviewBy, timeZone) : "",
    };
    const { id: articleId, slug, state, version } = article;
    return { id: articleId, slug, state, version, values };
  });
}

/** The editor's choices: active categories (and the article's own) and active catalogue items. */
export function editorChoices(actor: Actor, current?: { categoryId: string; itemIds: string[] }) {
  return readAsAuthor(actor, "article.choices", async () => {
    const [categories, items] = await Promise.all([
      db.knowledgeCategory.findMany({
        where: { OR: [{ active: true }, { id: current?.categoryId ?? "" }] },
        select: { id: true, name: true },
        orderBy: [{ position: "asc" }, { name: "asc" }],
      }),
      db.catalogItem.findMany({
        where: { OR: [{ active: true }, { id: { in: current?.itemIds ?? [] } }] },
        select: { id: true, title: true },
        orderBy: { title: "asc" },
      }),
    ]);
    return {
      categories: categories.map((c) => [c.id, c.name] as const),
      items: items.map((i) => [i.id, i.title] as const),
    };
  });
}

/** "Histórico de versões": the revisions, newest first, with who saved each and what changed. */
export function articleRevisions(actor: Actor, articleId: string) {
  return readAsAuthor(actor, "article.revisions", async () => {
    const article = await db.article.findUnique({
      where: { id: articleId },
      select: { id: true, title: true, version: true, slug: true },
    });
    if (!article) return null;
    const revisions = await db.articleRevision.findMany({
      where: { articleId },
      orderBy: { number: "desc" },
      select: {
        number: true,
        state: true,
        changed: true,
        restoredFrom: true,
        createdAt: true,
        author: { select: { name: true } },
      },
    });
    return {
      article,
      revisions: revisions.map((r) => ({ ...r, changed: r.changed as string[] })),
    };
  });
}

/** One revision as it read then, its body rendered as the article page renders it. */
export function articleRevision(actor: Actor, articleId: string, number: number) {
  return readAsAuthor(actor, "article.revision", async () => {
    const revision = await db.articleRevision.findUnique({
      where: { articleId_number: { articleId, number } },
      include: { author: { select: { name: true } } },
    });
    if (!revision) return null;
    const category = await db.knowledgeCategory.findUnique({
      where: { id: revision.categoryId },
      select: { name: true },
    });
    return { ...revision, category: category?.name ?? "—", html: renderMarkdown(revision.body) };
  });
}
