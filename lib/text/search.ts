/**
 * Text as stored in search columns: lower case, no accents, single spaces. Searching the same
 * normalised form works identically on SQLite and PostgreSQL ("cadunico" finds "CADÚNICO").
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, " ")
    .trim();
}

/**
 * The terms of a search, for `contains` conditions: each whitespace-separated token, normalised.
 * Prisma sends `contains` as LIKE without escaping, and SQLite has no default escape character,
 * so a `%` or `_` reaching the database would match anything. Normalised terms hold letters,
 * numbers and single spaces only: a `%` or `_` inside a token is punctuation, like the `-` of
 * "Rede-Atendimento" ("a_b" finds the text "a b", never "axb"), and a search for "%" alone
 * finds nothing instead of everything.
 */
export function searchTerms(query: string, max = 8): string[] {
  return query.split(/\s+/).map(normalizeForSearch).filter(Boolean).slice(0, max);
}
