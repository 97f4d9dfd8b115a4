/**
 * "Avaliar Atendimento": the words and numbers the rating's pages, forms and e-mails share. No
 * server code here: the client form reads it too.
 */

export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

export const SCORE_LABELS: Record<Score, string> = {
  1: "Péssimo",
  2: "Ruim",
  3: "Regular",
  4: "Bom",
  5: "Ótimo",
};

/** "4 – Bom". */
export const scoreText = (score: number) => `${score} – ${SCORE_LABELS[score as Score] ?? "?"}`;

/** A rating may be changed for this long after it was first given, then it is final. */
export const RATING_CHANGE_DAYS = 7;
/** Ratings at or below this score tell the group's analysts. */
export const LOW_SCORE = 2;
export const COMMENT_MAX = 1000;

/**
 * The page a closing e-mail links to: it shows the ticket and the score and asks for the click
 * that records it. The address carries no secret: the page requires the person to sign in, and
 * only the ticket's requester or the person it was for may rate it.
 */
export function ratingHref(ticketNumber: string, score?: number): string {
  return `/avaliar/${ticketNumber}${score ? `?nota=${score}` : ""}`;
}
