import { db } from "@/lib/db";
import { itemsForSearch } from "@/lib/catalog/queries";
import { readableArticlesWhere, readableAudiences, type Reader } from "@/lib/knowledge/access";
import { articleHref } from "@/lib/knowledge/hrefs";
import { matchCount, matchPage, type MatchQuery } from "./engine";
import { bestSnippet, type SnippetSegment } from "./snippet";
import { significantTerms } from "./terms";

/**
 * "Pesquisar" (/pesquisa): catalogue items and articles together, the most relevant first, each
 * with a snippet of where the words were found. What `reader` may not read is neither listed
 * nor counted: internal articles for requesters, everything but public articles signed out
 * (the catalogue itself needs a sign-in).
 */

export type SearchHit = {
  kind: "article" | "item";
  id: string;
  title: string;
  href: string;
  /** An item's categories, from the top. */
  trail: string[];
  snippet: SnippetSegment[];
};

export type SearchResults = { hits: SearchHit[]; total: number };

const MAX_TERMS = 8;

export async function searchPortal(
  reader: Reader,
  text: string,
  { page = 1, pageSize = 20 }: { page?: number; pageSize?: number } = {},
): Promise<SearchResults> {
  const terms = significantTerms(text, MAX_TERMS);
  if (terms.length === 0) return { hits: [], total: 0 };
  const query: MatchQuery = { terms, mode: "all", audiences: readableAudiences(reader) };
  const [total, rows] = await Promise.all([
    matchCount(db, query),
    matchPage(db, query, { limit: pageSize, offset: (page - 1) * pageSize }),
  ]);
  if (rows.length === 0) return { hits: [], total };

  const ids = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.refId);
  const [articles, items] = await Promise.all([
    db.article.findMany({
      where: { id: { in: ids("article") }, ...readableArticlesWhere(reader) },
      select: { id: true, slug: true, title: true },
    }),
    reader ? itemsForSearch(ids("item")) : [],
  ]);
  // An entry whose article or item changed since (the index is written in the same transaction,
  // so only a concurrent save) is left out rather than shown stale.
  const hits = rows.flatMap((row): SearchHit[] => {
    const snippet = bestSnippet(row.snippets);
    const article = row.kind === "article" && articles.find((a) => a.id === row.refId);
    if (article)
      return [{ ...article, kind: "article", href: articleHref(article.slug), trail: [], snippet }];
    const item = row.kind === "item" && items.find((i) => i.id === row.refId);
    if (item) return [{ ...item, kind: "item", snippet }];
    return [];
  });
  return { hits, total };
}
