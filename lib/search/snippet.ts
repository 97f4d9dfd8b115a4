import { MATCH_END, MATCH_START } from "./engine";

/** A piece of a snippet; `match` pieces are the words searched for (shown in <mark>). */
export type SnippetSegment = { text: string; match: boolean };

/**
 * The database's snippet (matches between MATCH_START and MATCH_END) as plain-text segments: the
 * page renders them as text, so nothing stored in an article becomes markup.
 */
export function snippetSegments(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  for (const [i, part] of snippet.split(MATCH_START).entries()) {
    const [inside, after] = i === 0 ? [null, part] : splitOnce(part, MATCH_END);
    if (inside) segments.push({ text: inside, match: true });
    if (after) segments.push({ text: after, match: false });
  }
  return segments;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}

/** The first candidate snippet that shows a match, else the first one. */
export function bestSnippet(candidates: readonly string[]): SnippetSegment[] {
  const best = candidates.find((s) => s.includes(MATCH_START)) ?? candidates[0] ?? "";
  return snippetSegments(best);
}
