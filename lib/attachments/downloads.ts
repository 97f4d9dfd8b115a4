import "server-only";
import { db } from "@/lib/db";
import { notFound, ok, type ServiceResult } from "@/lib/result";
import { mayAuthorArticles, mayReadArticle } from "@/lib/knowledge/access";
import type { Actor } from "@/lib/tickets/actor";
import { partiesSelect, relationsToRow, worksOn } from "@/lib/tickets/relations";
import { fileStorage, type FileStorage, type StoredFile } from "@/lib/storage";
import { nameForType } from "./file-names";

const NOT_FOUND = "Anexo não encontrado.";

/**
 * An attachment's bytes for this user (null: signed out), streamed from storage with their size,
 * checked on every download: staged files only for whoever uploaded them; a ticket's files for
 * whoever may see the ticket, internal ones for its support only; an article's files for whoever
 * may read the article (signed out too, for a public one) and for its authors. Everything refused looks like a file that does not exist.
 */
export async function openAttachment(
  actor: Actor | null,
  attachmentId: string,
  storage: FileStorage = fileStorage(),
): Promise<ServiceResult<{ fileName: string; contentType: string } & StoredFile>> {
  const attachment = await db.attachment.findUnique({
    where: { id: attachmentId },
    include: {
      ticket: { select: partiesSelect },
      article: { select: { state: true, audience: true } },
    },
  });
  if (!attachment) return notFound(NOT_FOUND);
  if (attachment.article) {
    if (!mayReadArticle(actor, attachment.article) && !mayAuthorArticles(actor))
      return notFound(NOT_FOUND);
  } else if (!actor) {
    return notFound(NOT_FOUND);
  } else if (!attachment.ticket) {
    if (attachment.uploaderId !== actor.id) return notFound(NOT_FOUND);
  } else {
    const relations = relationsToRow(actor, attachment.ticket);
    const support = worksOn(relations);
    if (relations.size === 0 || (attachment.visibility === "INTERNAL" && !support)) {
      return notFound(NOT_FOUND);
    }
  }
  return ok({
    // Files stored before names followed their type get the right extension on the way out.
    fileName: nameForType(attachment.fileName, attachment.contentType),
    contentType: attachment.contentType,
    ...(await storage.get(attachment.storageKey)),
  });
}
