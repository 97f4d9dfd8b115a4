import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ArticleAudience } from "@/lib/db/generated/enums";

/**
 * The rows of "SearchEntry" (raw SQL of the migrations, the same on both databases; SQLite's
 * triggers and PostgreSQL's generated column keep the index itself current). One row per
 * published article and per active catalogue item; an item is read by anyone signed in, so its
 * audience is SIGNED_IN and the readers' audiences filter both kinds alike.
 */

export type SearchKind = "article" | "item";

export type EntryText = {
  audience: ArticleAudience;
  title: string;
  keywords: string;
  summary: string;
  body: string;
};

type Writer = Pick<Tx, "$executeRaw">;

// Control characters would be taken for the snippets' match markers (engine.ts).
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ");

/** Markdown as the words a reader sees: no heading marks, emphasis, link targets or fences. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`~|]+/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/[ \t]+/g, " ");
}

const values = (kind: SearchKind, refId: string, entry: EntryText) =>
  Prisma.sql`(${kind}, ${refId}, ${entry.audience}, ${clean(entry.title)}, ${clean(entry.keywords)},
    ${clean(entry.summary)}, ${clean(entry.body)})`;

/** Replaces (or, with null, removes) the entry of one article or item. */
export async function writeEntry(
  tx: Writer,
  kind: SearchKind,
  refId: string,
  entry: EntryText | null,
): Promise<void> {
  await tx.$executeRaw`DELETE FROM "SearchEntry" WHERE "kind" = ${kind} AND "refId" = ${refId}`;
  if (entry) await insertEntries(tx, kind, [[refId, entry]]);
}

/** Adds entries, many rows per statement. */
export async function insertEntries(
  tx: Writer,
  kind: SearchKind,
  entries: readonly (readonly [string, EntryText])[],
): Promise<void> {
  for (let i = 0; i < entries.length; i += 200) {
    const rows = entries.slice(i, i + 200).map(([refId, entry]) => values(kind, refId, entry));
    await tx.$executeRaw`INSERT INTO "SearchEntry"
      ("kind", "refId", "audience", "title", "keywords", "summary", "body")
      VALUES ${Prisma.join(rows)}`;
  }
}
