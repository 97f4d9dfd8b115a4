/**
 * The writing side of the search index alone, for scripts that run outside the server (the demo
 * seed, at `npm start`): unlike the searches, it takes its database client as an argument and
 * needs no server-only module.
 */
export { reindexArticle } from "./article-entries";
export { reindexCatalogItem } from "./item-entries";
export { rebuildSearchIndex } from "./rebuild";
