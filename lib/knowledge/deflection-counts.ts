import "server-only";
import { readAsAdmin } from "@/lib/admin/admin-only";
import { db, type DeflectionKind } from "@/lib/db";
import type { Actor } from "@/lib/tickets/actor";

/**
 * "Base de Conhecimento — resultados": per article and per catalogue item, how often the request
 * forms suggested it, how often it was opened, and how many requests it avoided ("Isso resolveu
 * meu problema", no ticket opened). For the admins only.
 */
export type DeflectionCounts = {
  id: string;
  title: string;
  shown: number;
  opened: number;
  /** "Solicitações evitadas". */
  resolved: number;
};

type Group = { id: string; kind: DeflectionKind; count: number };

const FIELD: Record<DeflectionKind, "shown" | "opened" | "resolved"> = {
  SHOWN: "shown",
  OPENED: "opened",
  RESOLVED: "resolved",
};

/** The groups as one row per id, the most avoided first (then the most shown, then by title). */
function tally(groups: Group[], titles: Map<string, string>): DeflectionCounts[] {
  const rows = new Map<string, DeflectionCounts>();
  for (const group of groups) {
    const title = titles.get(group.id) ?? "";
    const row = rows.get(group.id) ?? { id: group.id, title, shown: 0, opened: 0, resolved: 0 };
    row[FIELD[group.kind]] += group.count;
    rows.set(group.id, row);
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.resolved - a.resolved || b.shown - a.shown || a.title.localeCompare(b.title, "pt-BR"),
  );
}

export function deflectionCountsByArticle(actor: Actor) {
  return readAsAdmin(actor, "deflection.counts", async () => {
    const groups = await db.deflectionEvent.groupBy({
      by: ["articleId", "kind"],
      _count: { _all: true },
    });
    const articles = await db.article.findMany({
      where: { id: { in: groups.map((g) => g.articleId) } },
      select: { id: true, title: true },
    });
    return tally(
      groups.map((g) => ({ id: g.articleId, kind: g.kind, count: g._count._all })),
      new Map(articles.map((a) => [a.id, a.title])),
    );
  });
}

export function deflectionCountsByItem(actor: Actor) {
  return readAsAdmin(actor, "deflection.counts", async () => {
    const groups = await db.deflectionEvent.groupBy({
      by: ["itemId", "kind"],
      _count: { _all: true },
    });
    const items = await db.catalogItem.findMany({
      where: { id: { in: groups.map((g) => g.itemId) } },
      select: { id: true, title: true },
    });
    return tally(
      groups.map((g) => ({ id: g.itemId, kind: g.kind, count: g._count._all })),
      new Map(items.map((i) => [i.id, i.title])),
    );
  });
}
