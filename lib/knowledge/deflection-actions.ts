"use server";

import { authorizedAction } from "@/lib/auth/action";
import {
  articleInput,
  openSuggestion,
  recordRequestAvoided,
  recordSuggestionsShown,
  shownInput,
  suggestForRequest,
  suggestInput,
} from "@/lib/knowledge/deflection";

/**
 * The request form's "Artigos que podem ajudar": each action checks the item and the article
 * again (lib/knowledge/deflection.ts), since ids and visit keys come from the browser.
 */

/** The articles for what the requester has typed so far (debounced by the form). */
export const suggestForRequestAction = authorizedAction(
  { name: "deflection.suggest", schema: suggestInput },
  suggestForRequest,
);

/** The suggestions the form has just shown, once per visit and article. */
export const recordSuggestionsShownAction = authorizedAction(
  { name: "deflection.shown", schema: shownInput },
  recordSuggestionsShown,
);

/** A suggestion opened: its rendered text for the dialog, and the opening counted. */
export const openSuggestionAction = authorizedAction(
  { name: "deflection.open", schema: articleInput },
  openSuggestion,
);

/** "Isso resolveu meu problema": the request given up, no ticket opened. */
export const recordRequestAvoidedAction = authorizedAction(
  { name: "deflection.resolved", schema: articleInput },
  recordRequestAvoided,
);
