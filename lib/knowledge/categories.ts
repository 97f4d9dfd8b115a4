import "server-only";
import { db } from "@/lib/db";
import { readableArticlesWhere, type Reader } from "./access";
import { KNOWLEDGE_HOME, knowledgeCategoryHref } from "./hrefs";

/**
 * The knowledge base's category tree as readers see it: active categories only, each with the
 * number of articles the reader may read in it and below it. The tree is small (tens of rows),
 * so it is read whole and walked in memory.
 */

export type Crumb = { name: string; href: string };
export type KnowledgeCategoryNode = {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  parentId: string | null;
  /** Readable articles here and in every subcategory. */
  articleCount: number;
  children: KnowledgeCategoryNode[];
};

export const KNOWLEDGE_CRUMB: Crumb = { name: "Base de Conhecimento", href: KNOWLEDGE_HOME };

/** Every active category as a node, by id, with the counts of `reader`. */
export async function knowledgeTree(reader: Reader): Promise<Map<string, KnowledgeCategoryNode>> {
  const [rows, counts] = await Promise.all([
    db.knowledgeCategory.findMany({
      where: { active: true },
      select: { id: true, name: true, slug: true, description: true, parentId: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
    db.article.groupBy({
      by: ["categoryId"],
      where: readableArticlesWhere(reader),
      _count: { _all: true },
    }),
  ]);
  const nodes = new Map<string, KnowledgeCategoryNode>(
    rows.map((row) => [row.id, { ...row, articleCount: 0, children: [] }]),
  );
  for (const node of nodes.values()) nodes.get(node.parentId ?? "")?.children.push(node);
  // Each category's own articles count for it and for every active category above it.
  for (const { categoryId, _count } of counts) {
    for (const node of lineage(nodes, categoryId)) node.articleCount += _count._all;
  }
  return nodes;
}

/** The category and those above it, nearest first; a loop in the tree is walked once. */
function lineage(nodes: Map<string, KnowledgeCategoryNode>, id: string): KnowledgeCategoryNode[] {
  const line: KnowledgeCategoryNode[] = [];
  for (
    let node = nodes.get(id);
    node && !line.includes(node);
    node = nodes.get(node.parentId ?? "")
  ) {
    line.push(node);
  }
  return line;
}

/** The top of the tree: categories without an active parent. */
export function rootsOf(nodes: Map<string, KnowledgeCategoryNode>): KnowledgeCategoryNode[] {
  return [...nodes.values()].filter((node) => !nodes.has(node.parentId ?? ""));
}

/** "Base de Conhecimento > … > category", every step a link; stops at an inactive category. */
export function trailOf(nodes: Map<string, KnowledgeCategoryNode>, categoryId: string): Crumb[] {
  const trail = lineage(nodes, categoryId)
    .reverse()
    .map((node) => ({ name: node.name, href: knowledgeCategoryHref(node.slug) }));
  return [KNOWLEDGE_CRUMB, ...trail];
}
