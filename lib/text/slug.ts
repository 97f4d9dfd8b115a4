import { normalizeForSearch } from "./search";

/**
 * Slugs for addresses (catalogue, knowledge base): made once from a title or a name and kept when
 * it changes, so that links already sent keep working.
 */

/** "Certidão Negativa (2ª via)" → "certidao-negativa-2a-via" (at most 80 characters). */
export function slugBase(text: string, fallback: string): string {
  return normalizeForSearch(text).replace(/ /g, "-").slice(0, 80).replace(/-+$/, "") || fallback;
}

/** `base`, or `base-2`, `base-3`… the first one not in `taken` (the slugs starting with `base`). */
function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/**
 * A new record's slug from `text`: `taken(base)` lists the slugs already starting with the base
 * (one indexed query), and the first free one of `base`, `base-2`… is returned.
 */
export async function uniqueSlug(
  text: string,
  fallback: string,
  taken: (base: string) => Promise<readonly { slug: string }[]>,
): Promise<string> {
  const base = slugBase(text, fallback);
  return firstFreeSlug(
    base,
    (await taken(base)).map((row) => row.slug),
  );
}
