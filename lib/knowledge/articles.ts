import "server-only";
import { refusingConcurrentDuplicates } from "@/lib/admin/saved-meanwhile";
import { linkArticleAttachments } from "@/lib/attachments/article-links";
import { systemClock, type Clock } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { refuse } from "@/lib/refusal";
import { conflict, forbidden, invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import { reindexArticle } from "@/lib/search/index";
import { getSettings } from "@/lib/settings";
import { uniqueSlug } from "@/lib/text/slug";
import { startOfDay } from "@/lib/time/zone";
import type { Actor } from "@/lib/tickets/actor";
import { partiesSelect, relationsToRow, worksOn } from "@/lib/tickets/relations";
import { mayAuthorArticles } from "./access";
import type { ArticleData, ArticleSave } from "./article-schema";
import { wasResolved } from "./from-ticket-text";
import { changedContent, changedFields, writeRevision, type ArticleContent } from "./revisions";

/**
 * Writing the knowledge base (analysts and admins): one save creates or edits an article and
 * leaves it a draft, published or archived, in one transaction with its revision, its related
 * items, the attachments its body points at and its search entry. The slug is made once, from
 * the first title, so links already sent keep working when the title changes.
 */

export const EDITED_MEANWHILE =
  "Outra pessoa salvou este artigo enquanto você editava. Recarregue a página para ver a versão atual.";
const NOT_FOUND = "Artigo não encontrado.";

/** Refuses anyone who may not write articles (a permission refusal: the security log hears of it). */
export function requireAuthor(actor: Actor, what: string) {
  if (!mayAuthorArticles(actor)) refuse(forbidden(), what);
}

export async function saveArticle(
  actor: Actor,
  input: ArticleSave,
  clock: Clock = systemClock,
): Promise<ServiceResult<{ id: string; slug: string; version: number }>> {
  requireAuthor(actor, "article.save");
  return refusingConcurrentDuplicates(
    () => db.$transaction((tx) => save(tx, actor, input, clock())),
    "Outro artigo acabou de ser criado com este título. Tente de novo.",
  );
}

async function save(tx: Tx, actor: Actor, input: ArticleSave, now: Date) {
  const { id, values } = input;
  const before = id
    ? await tx.article.findUnique({ where: { id }, include: { items: true } })
    : null;
  if (id && !before) refuse(notFound(NOT_FOUND));
  if (before) await claimVersion(tx, before.id, input.version);
  // A refusal below throws: the claim above rolls back with the rest.
  await checkChoices(tx, values, before);
  const sourceTicketId = before ? before.sourceTicketId : await sourceTicket(tx, actor, input);

  const { timeZone } = await getSettings(tx);
  const content: ArticleContent = {
    ...values,
    reviewBy: values.reviewBy ? startOfDay(values.reviewBy, timeZone) : null,
    state: input.target,
  };
  const changed = changedFields(
    before && { ...before, itemIds: before.items.map((i) => i.itemId) },
    content,
  );
  const { itemIds, ...data } = content;
  const fields = {
    ...data,
    publishedAt: before?.publishedAt ?? (input.target === "PUBLISHED" ? now : null),
    ...(changedContent(changed) ? { updatedAt: now } : {}),
  };
  const saved = before
    ? await tx.article.update({
        where: { id: before.id },
        data: {
          ...fields,
          items: { deleteMany: {}, create: itemIds.map((itemId) => ({ itemId })) },
        },
      })
    : await tx.article.create({
        data: {
          ...fields,
          slug: await uniqueArticleSlug(tx, values.title),
          authorId: actor.id,
          sourceTicketId,
          createdAt: now,
          updatedAt: now,
          items: { create: itemIds.map((itemId) => ({ itemId })) },
        },
      });
  await writeRevision(tx, saved, { authorId: actor.id, changed });
  await linkArticleAttachments(tx, { actorId: actor.id, articleId: saved.id, body: saved.body });
  await reindexArticle(tx, saved.id);
  return ok({ id: saved.id, slug: saved.slug, version: saved.version });
}

/**
 * Claims the version the editor loaded: of two saves from the same version, one wins and the
 * other is told to reload, instead of silently overwriting what the first one wrote.
 */
export async function claimVersion(tx: Tx, articleId: string, version: number | undefined) {
  const { count } =
    version === undefined
      ? { count: 0 }
      : await tx.article.updateMany({
          where: { id: articleId, version },
          data: { version: { increment: 1 } },
        });
  if (count === 0) refuse(conflict(EDITED_MEANWHILE));
}

/** The category must be active, the items active ones (those already related may stay). */
async function checkChoices(
  tx: Tx,
  values: ArticleData,
  before: { categoryId: string; items: { itemId: string }[] } | null,
) {
  const category = await tx.knowledgeCategory.findUnique({ where: { id: values.categoryId } });
  if (!category || (!category.active && category.id !== before?.categoryId))
    refuse(invalid({ categoryId: "Escolha uma categoria ativa." }));
  const kept = new Set(before?.items.map((i) => i.itemId));
  const added = values.itemIds.filter((itemId) => !kept.has(itemId));
  const active = await tx.catalogItem.count({ where: { id: { in: added }, active: true } });
  if (active !== added.length)
    refuse(invalid({ itemIds: "Um dos itens do catálogo não existe ou está inativo." }));
}

/** "Criar artigo a partir deste chamado": the ticket must exist and have been resolved. */
async function sourceTicket(tx: Tx, actor: Actor, input: ArticleSave): Promise<string | null> {
  if (!input.sourceTicketId) return null;
  const ticket = await tx.ticket.findUnique({
    where: { id: input.sourceTicketId },
    select: { id: true, resolvedAt: true, state: true, ...partiesSelect },
  });
  if (!ticket || !worksOn(relationsToRow(actor, ticket)) || !wasResolved(ticket))
    refuse(invalid({ form: "O chamado de origem não foi encontrado ou não foi resolvido." }));
  return ticket.id;
}

const uniqueArticleSlug = (tx: Tx, text: string) =>
  uniqueSlug(text, "artigo", (base) =>
    tx.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } }),
  );
