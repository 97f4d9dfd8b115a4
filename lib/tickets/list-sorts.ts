/**
 * The columns a ticket list may be sorted by: shared by the address (list-params.ts) and the
 * query (ticket-list.ts), in a module of its own so that neither imports the other.
 */
export const LIST_SORTS = [
  "number",
  "item",
  "state",
  "createdAt",
  "updatedAt",
  "resolvedAt",
  "closedAt",
  "resolutionDueAt",
] as const;
export type ListSort = (typeof LIST_SORTS)[number];
