/**
 * The portal's one full-text search, over articles and catalogue items, in the database engine's
 * own index (no search server): FTS5 on SQLite, tsvector with unaccent and the Portuguese stemmer
 * on PostgreSQL. The tables are raw SQL in the migrations ("SearchEntry"); the code that saves
 * an article or an item calls reindexArticle / reindexCatalogItem in its own transaction
 * (scripts outside the server import them from ./reindex).
 */
export { reindexArticle, reindexCatalogItem, rebuildSearchIndex } from "./reindex";
export { searchPortal, type SearchHit, type SearchResults } from "./portal-search";
export { suggestArticles, type ArticleSuggestion } from "./suggestions";
export type { SnippetSegment } from "./snippet";
