import "server-only";
import { db, type Prisma } from "@/lib/db";
import { readableArticlesWhere, type Reader } from "./access";
import { knowledgeTree, rootsOf, trailOf } from "./categories";

/**
 * The knowledge base's home and category pages, for any reader (signed out included): only
 * published articles the reader may read (lib/knowledge/access.ts) are listed or counted.
 */

const LIST_SIZE = 5;

export const articleCardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
} satisfies Prisma.ArticleSelect;

export type ArticleCard = Prisma.ArticleGetPayload<{ select: typeof articleCardSelect }>;

/** A short list of readable articles, `orderBy` first and the title to break ties. */
export function readableArticles(
  reader: Reader,
  orderBy: Prisma.ArticleOrderByWithRelationInput,
  where: Prisma.ArticleWhereInput = {},
  take = LIST_SIZE,
): Promise<ArticleCard[]> {
  return db.article.findMany({
    where: { AND: [readableArticlesWhere(reader), where] },
    select: articleCardSelect,
    orderBy: [orderBy, { title: "asc" }],
    take,
  });
}

/**
 * "Base de Conhecimento": the category tree (categories with nothing the reader may read left
 * out, so an internal-only category is not even named to requesters) and three short lists.
 */
export async function knowledgeHome(reader: Reader) {
  const [tree, mostViewed, mostHelpful, newest] = await Promise.all([
    knowledgeTree(reader),
    readableArticles(reader, { viewCount: "desc" }),
    readableArticles(reader, { helpfulCount: "desc" }, { helpfulCount: { gt: 0 } }),
    readableArticles(reader, { publishedAt: "desc" }),
  ]);
  const withArticles = (nodes: ReturnType<typeof rootsOf>): ReturnType<typeof rootsOf> =>
    nodes
      .filter((node) => node.articleCount > 0)
      .map((node) => ({ ...node, children: withArticles(node.children) }));
  return { categories: withArticles(rootsOf(tree)), mostViewed, mostHelpful, newest };
}

/**
 * A category's page: breadcrumb, subcategories and readable articles; null when it is not active
 * or holds nothing the reader may read (as the home does not name it, its address shows nothing).
 */
export async function knowledgeCategoryPage(reader: Reader, slug: string) {
  const tree = await knowledgeTree(reader);
  const category = [...tree.values()].find((node) => node.slug === slug);
  if (!category || category.articleCount === 0) return null;
  const articles = await readableArticles(
    reader,
    { title: "asc" },
    { categoryId: category.id },
    500,
  );
  return {
    name: category.name,
    description: category.description,
    trail: trailOf(tree, category.id).slice(0, -1),
    children: category.children.filter((child) => child.articleCount > 0),
    articles,
  };
}
