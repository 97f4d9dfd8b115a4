import "server-only";
import { db } from "@/lib/db";
import { normalizeForSearch, searchTerms } from "@/lib/text/search";
import { readableArticlesWhere, type Reader } from "./access";

/**
 * Whom a linked article is for: the customer reading the reply, a signed-in requester. An
 * internal article is never offered, since its link would open nothing for them.
 */
const CUSTOMER: Reader = { id: "", role: "REQUESTER" };

export const LINK_RESULTS = 8;

/**
 * "Inserir artigo" in an analyst's reply: published articles a customer may read whose title or
 * keywords hold every typed word, compared without accents or case. A plain scan of the published
 * titles (a municipal knowledge base holds hundreds, not millions) while the search module
 * (lib/search) is being written; it may answer this later.
 */
export async function articlesToLink(text: string) {
  const terms = searchTerms(text, 5);
  if (terms.length === 0) return [];
  const rows = await db.article.findMany({
    where: readableArticlesWhere(CUSTOMER),
    select: { id: true, slug: true, title: true, keywords: true },
    orderBy: { helpfulCount: "desc" },
    take: 500,
  });
  return rows
    .filter((row) => {
      const text = normalizeForSearch(`${row.title} ${row.keywords}`);
      return terms.every((term) => text.includes(term));
    })
    .slice(0, LINK_RESULTS)
    .map(({ id, slug, title }) => ({ id, slug, title }));
}
