/**
 * Text lower case, without accents, letters and digits only, single spaces: what slugs, field
 * keys and search terms (lib/search/terms.ts) are made of ("CADÚNICO" → "cadunico").
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, " ")
    .trim();
}
