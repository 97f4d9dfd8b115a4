import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/tickets/actor";
import { readAsAuthor } from "./authoring-queries";

export type KnowledgeCategoryRow = {
  id: string;
  name: string;
  description: string | null;
  parentId: string | null;
  active: boolean;
  /** "Acesso e senhas › GERID", for choosing a parent. */
  path: string;
  depth: number;
  articles: number;
};

/** The categories' tree, depth first, each with how many articles it holds. */
export function knowledgeCategoryTree(actor: Actor) {
  return readAsAuthor(actor, "knowledgeCategory.tree", async () => {
    const categories = await db.knowledgeCategory.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      include: { _count: { select: { articles: true } } },
    });
    const tree: KnowledgeCategoryRow[] = [];
    const visit = (parentId: string | null, path: string[]) => {
      for (const c of categories.filter((c) => c.parentId === parentId)) {
        const here = [...path, c.name];
        const { id, name, description, active } = c;
        tree.push({
          ...{ id, name, description, parentId, active },
          path: here.join(" › "),
          depth: path.length,
          articles: c._count.articles,
        });
        visit(c.id, here);
      }
    };
    visit(null, []);
    return tree;
  });
}
