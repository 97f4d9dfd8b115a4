import { Prisma, type Tx } from "@/lib/db";
import { databaseProvider } from "@/lib/db/sql";
import { stem } from "./terms";

/**
 * The search as each database spells it, over the "SearchEntry" table of the migrations:
 * SQLite's FTS5 index ranked by bm25() with snippet(), PostgreSQL's tsvector ranked by
 * ts_rank_cd() with ts_headline(), both in the "portal_pt" reading (accents, case and word
 * endings aside). Terms arrive already reduced to letters and digits (terms.ts), and go to
 * the database as parameters.
 */

export type MatchQuery = {
  /** Significant, normalised words (significantTerms). */
  terms: string[];
  /** "all": every term (the search page); "any": some of them (suggestions). */
  mode: "all" | "any";
  audiences: readonly string[];
  kind?: "article" | "item";
  /** Articles related to this catalogue item rank as if twice as relevant. */
  boostItemId?: string;
  /** Leave the body out: title, keywords and summary say what an entry is about. */
  headOnly?: boolean;
};

export type MatchRow = { kind: string; refId: string; snippets: string[] };

/** Where a match starts and ends in a snippet: characters no text of the portal holds. */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

type Reader = Pick<Tx, "$queryRaw">;
const isPostgres = () => databaseProvider() === "postgresql";

function filters(query: MatchQuery): Prisma.Sql {
  const kind = query.kind ? Prisma.sql` AND e."kind" = ${query.kind}` : Prisma.empty;
  return Prisma.sql`e."audience" IN (${Prisma.join(query.audiences)})${kind}`;
}

function boost(query: MatchQuery): Prisma.Sql {
  if (!query.boostItemId) return Prisma.sql`1`;
  return Prisma.sql`(CASE WHEN EXISTS (SELECT 1 FROM "ArticleItem" ai
    WHERE ai."articleId" = e."refId" AND ai."itemId" = ${query.boostItemId}) THEN 2 ELSE 1 END)`;
}

// SQLite: each term stemmed and searched as a prefix ("senh"*): see terms.ts.
function ftsQuery(query: MatchQuery): string {
  const terms = query.terms.map((term) => `"${stem(term)}"*`);
  const match = terms.join(query.mode === "all" ? " AND " : " OR ");
  return query.headOnly ? `{title keywords summary}: (${match})` : match;
}

const vector = (query: MatchQuery) => Prisma.raw(query.headOnly ? `e."head"` : `e."document"`);
const tsQuery = (query: MatchQuery) => query.terms.join(query.mode === "all" ? " & " : " | ");

// Title weighs most, then the keywords (an item's categories), the summary and the body.
const SQLITE_RANK = Prisma.sql`bm25("SearchIndex", 10.0, 5.0, 3.0, 1.0)`;
// PostgreSQL weighs A (title) to D (body) by itself. Cover density (ts_rank_cd) rewards the words
// of an "all" search found close together; over an "any" search of many words it costs ten times
// more (70 ms for a description's ten words over 10,000 articles), so those use ts_rank.
const pgRank = (query: MatchQuery) => Prisma.raw(query.mode === "all" ? "ts_rank_cd" : "ts_rank");
const SNIPPET_TOKENS = 24;
const HEADLINE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=${SNIPPET_TOKENS}, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * One page of matches, the most relevant first, with their candidate snippets unless
 * `snippets` is false (suggestions show none).
 */
export async function matchPage(
  client: Reader,
  query: MatchQuery,
  page: { limit: number; offset: number; snippets?: boolean },
): Promise<MatchRow[]> {
  const snippets = page.snippets ?? true;
  if (isPostgres()) {
    const headline = snippets
      ? Prisma.sql`ts_headline('portal_pt', "summary" || ' ' || "body", "q", ${HEADLINE})`
      : Prisma.sql`''`;
    const rows = await client.$queryRaw<{ kind: string; refId: string; snippet: string }[]>`
      SELECT "kind", "refId", ${headline} AS "snippet"
      FROM (SELECT e."kind", e."refId", e."title", e."summary", e."body", "q",
              ${pgRank(query)}(${vector(query)}, "q") * ${boost(query)} AS "rank"
            FROM "SearchEntry" e, to_tsquery('portal_pt', ${tsQuery(query)}) "q"
            WHERE ${vector(query)} @@ "q" AND ${filters(query)}
            ORDER BY "rank" DESC, e."title" LIMIT ${page.limit} OFFSET ${page.offset}) "hits"
      ORDER BY "rank" DESC, "title"`;
    return rows.map(({ kind, refId, snippet }) => ({ kind, refId, snippets: [snippet] }));
  }
  const snippet = (column: number) =>
    snippets
      ? Prisma.sql`snippet("SearchIndex", ${Prisma.raw(String(column))}, char(2), char(3), '…', ${SNIPPET_TOKENS})`
      : Prisma.sql`''`;
  const rows = await client.$queryRaw<
    { kind: string; refId: string; summary: string; body: string }[]
  >`
    SELECT e."kind", e."refId", ${snippet(2)} AS "summary", ${snippet(3)} AS "body"
    FROM "SearchIndex" JOIN "SearchEntry" e ON e."id" = "SearchIndex"."rowid"
    WHERE "SearchIndex" MATCH ${ftsQuery(query)} AND ${filters(query)}
    ORDER BY ${SQLITE_RANK} * ${boost(query)}
    LIMIT ${page.limit} OFFSET ${page.offset}`;
  return rows.map(({ kind, refId, summary, body }) => ({ kind, refId, snippets: [summary, body] }));
}

/** How many entries match. */
export async function matchCount(client: Reader, query: MatchQuery): Promise<number> {
  const [row] = isPostgres()
    ? await client.$queryRaw<{ n: bigint | number }[]>`
        SELECT COUNT(*) AS "n" FROM "SearchEntry" e
        WHERE ${vector(query)} @@ to_tsquery('portal_pt', ${tsQuery(query)}) AND ${filters(query)}`
    : await client.$queryRaw<{ n: bigint | number }[]>`
        SELECT COUNT(*) AS "n" FROM "SearchIndex" JOIN "SearchEntry" e ON e."id" = "SearchIndex"."rowid"
        WHERE "SearchIndex" MATCH ${ftsQuery(query)} AND ${filters(query)}`;
  return Number(row?.n ?? 0);
}
