/**
 * The description a request form suggests articles for, as both sides see it: the browser skips
 * the round trip for text too short to match, and the server checks the same bounds again.
 */

/** Below this many characters a description says too little to suggest anything. */
export const SUGGESTION_MIN_CHARS = 12;
export const SUGGESTION_MAX_CHARS = 2000;
/** How many articles the form shows beside it. */
export const SUGGESTION_LIMIT = 5;

/** The description as compared between keystrokes: spaces and case do not make it new. */
export function normalizedDescription(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}
