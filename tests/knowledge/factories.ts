import { db } from "@/lib/db";
import type { ArticleAudience, ArticleState } from "@/lib/db";

/** Small knowledge-base factories: categories and articles written straight to the database. */

let sequence = 0;
const next = () => `${Date.now().toString(36)}-${++sequence}`;

export async function knowledgeCategory(
  input: { name?: string; parentId?: string; active?: boolean } = {},
) {
  const id = next();
  return db.knowledgeCategory.create({
    data: {
      name: input.name ?? `Categoria ${id}`,
      slug: `categoria-${id}`,
      parentId: input.parentId ?? null,
      active: input.active ?? true,
    },
  });
}

export async function article(input: {
  authorId: string;
  categoryId: string;
  title?: string;
  body?: string;
  audience?: ArticleAudience;
  state?: ArticleState;
  viewCount?: number;
  publishedAt?: Date;
  itemIds?: string[];
}) {
  const id = next();
  const state = input.state ?? "PUBLISHED";
  return db.article.create({
    data: {
      title: input.title ?? `Artigo ${id}`,
      slug: `artigo-${id}`,
      summary: "Resumo do artigo.",
      body: input.body ?? "## Dúvida\n\nComo?\n\n## Solução\n\nAssim.",
      categoryId: input.categoryId,
      authorId: input.authorId,
      audience: input.audience ?? "PUBLIC",
      state,
      viewCount: input.viewCount ?? 0,
      publishedAt: state === "PUBLISHED" ? (input.publishedAt ?? new Date()) : null,
      items: { create: (input.itemIds ?? []).map((itemId) => ({ itemId })) },
    },
  });
}

/** A revision saved by `authorId`, which makes them one of the article's authors. */
export async function revisionBy(articleId: string, authorId: string, number = 2) {
  const current = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  return db.articleRevision.create({
    data: {
      articleId,
      number,
      title: current.title,
      summary: current.summary,
      body: current.body,
      keywords: current.keywords,
      audience: current.audience,
      categoryId: current.categoryId,
      state: current.state,
      changed: ["body"],
      authorId,
    },
  });
}

/** A signed-in reader as the services see them (an Actor with a name). */
export async function person(
  input: { role?: "REQUESTER" | "AGENT" | "ADMIN"; active?: boolean; name?: string } = {},
) {
  const id = next();
  const user = await db.user.create({
    data: {
      cpf: String(10_000_000_000 + sequence * 7919).slice(0, 11),
      name: input.name ?? `Pessoa ${id}`,
      email: `pessoa-${id}@prefeitura.example`,
      role: input.role ?? "REQUESTER",
      active: input.active ?? true,
    },
  });
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    organizationId: null,
    groupIds: [],
    managedOrganizationIds: [],
  };
}
