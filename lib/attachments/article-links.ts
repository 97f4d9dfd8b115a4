import "server-only";
import type { Tx } from "@/lib/db";

/** The attachments an article's Markdown points at: `![nome](/api/anexos/<id>)`, `[nome](…)`. */
export function referencedAttachmentIds(markdown: string): string[] {
  const ids = [...markdown.matchAll(/\/api\/anexos\/([A-Za-z0-9_-]{1,64})/g)].map((m) => m[1]!);
  return [...new Set(ids)];
}

/**
 * Links to an article, inside its save's transaction, the author's own staged files its body
 * points at. Anything else it points at (someone else's upload, another ticket's or article's
 * file) is left alone: linking is never a way to take a file over, and such a link simply shows
 * nothing to readers who may not see that file.
 */
export async function linkArticleAttachments(
  tx: Tx,
  input: { actorId: string; articleId: string; body: string },
): Promise<number> {
  const ids = referencedAttachmentIds(input.body);
  if (ids.length === 0) return 0;
  const { count } = await tx.attachment.updateMany({
    where: { id: { in: ids }, uploaderId: input.actorId, ticketId: null, articleId: null },
    data: { articleId: input.articleId },
  });
  return count;
}
