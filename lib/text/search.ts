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
