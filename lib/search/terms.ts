import { normalizeForSearch } from "@/lib/text/search";

/**
 * What a search looks for: the significant words of what the person typed, normalised (lower
 * case, no accents, letters and digits only), so no character of theirs ever reaches a query
 * language (FTS5's quotes, `*`, `NEAR`, `AND`; tsquery's `&`, `|`, `:`). Portuguese stop words
 * ("de", "o", "como"…) are dropped: PostgreSQL's Portuguese configuration drops them from its
 * index, and on SQLite they would match nearly every article.
 */

// PostgreSQL's Portuguese stop words that people type in searches and descriptions, unaccented.
const STOP_WORDS = new Set(
  (
    "a ao aos as com como da das de dela dele do dos e ela ele em entre era essa esse esta este " +
    "eu foi for isso isto ja la lhe mais mas me meu minha muito na nao nas nem no nos nossa nosso " +
    "num numa o os ou para pela pelas pelo pelos por qual quando que quem se sem ser seu sua sao " +
    "so tambem te tem tenho ter um uma voce voces vou estou estao ha"
  ).split(" "),
);

/** The significant words of `text`, first `max` distinct ones. */
export function significantTerms(text: string, max: number): string[] {
  const words = normalizeForSearch(text.slice(0, 2_000)).split(" ");
  const terms = words.filter((word) => word.length > 1 && !STOP_WORDS.has(word));
  return [...new Set(terms)].slice(0, max);
}

/*
 * SQLite has no Portuguese stemmer, so word endings are handled on the query side: each term
 * loses one common ending (plural, verb or noun suffix) and is searched as a prefix, so "senhas"
 * and "senha" both search `senh*` and "acessar" searches `acess*` (finding "acesso"). The
 * documents are indexed as written (accents and case folded by the tokenizer), which keeps
 * snippets exact. A stem keeps at least four letters: short words are searched as typed.
 */
const SUFFIXES = [
  "amentos", "imentos", "amento", "imento", "acoes", "icoes", "acao", "icao",
  "ando", "endo", "indo", "aram", "eram", "iram", "ados", "adas", "idos", "idas",
  "ado", "ada", "ido", "ida", "oes", "aes", "ais", "eis", "ao", "ar", "er", "ir",
  "es", "as", "os", "a", "e", "o", "s",
]; // prettier-ignore
const MIN_STEM = 4;

/** "senhas" → "senh", "acessar" → "acess", "cartões" → "cart"; digits and short words as typed. */
export function stem(term: string): string {
  if (/\d/.test(term)) return term;
  const suffix = SUFFIXES.find((s) => term.endsWith(s) && term.length - s.length >= MIN_STEM);
  return suffix ? term.slice(0, -suffix.length) : term;
}
