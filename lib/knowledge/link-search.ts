import "server-only";
import { db } from "@/lib/db";
import { matchPage } from "@/lib/search/engine";
import { significantTerms } from "@/lib/search/terms";
import { readableArticlesWhere, readableAudiences, type Reader } from "./access";

/**
 * Whom a linked article is for: the customer reading the reply, a signed-in requester. An
 * internal article is never offered, since its link would open nothing for them.
 */
const CUSTOMER: Reader = { id: "", role: "REQUESTER" };

export const LINK_RESULTS = 8;

/**
 * "Inserir artigo" in an analyst's reply: published articles a customer may read whose title,
 * keywords or summary hold every typed word, through the portal's one search index (accents,
 * case and word endings aside), the most relevant first.
 */
export async function articlesToLink(text: string) {
  const terms = significantTerms(text, 5);
  if (terms.length === 0) return [];
  const rows = await matchPage(
    db,
    {
      terms,
      mode: "all",
      audiences: readableAudiences(CUSTOMER),
      kind: "article",
      headOnly: true,
    },
    { limit: LINK_RESULTS, offset: 0, snippets: false },
  );
  const articles = await db.article.findMany({
    where: { id: { in: rows.map((row) => row.refId) }, ...readableArticlesWhere(CUSTOMER) },
    select: { id: true, slug: true, title: true },
  });
  return rows.flatMap((row) => articles.filter((article) => article.id === row.refId));
}
