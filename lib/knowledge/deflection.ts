import "server-only";
import { z } from "zod";
import { db, isUniqueViolation, type DeflectionKind } from "@/lib/db";
import { requestKeySchema } from "@/lib/forms/request-key";
import { readableArticlesWhere } from "@/lib/knowledge/access";
import { renderMarkdown } from "@/lib/knowledge/markdown";
import {
  normalizedDescription,
  SUGGESTION_LIMIT,
  SUGGESTION_MAX_CHARS,
  SUGGESTION_MIN_CHARS,
} from "@/lib/knowledge/suggestion-text";
import { refuse } from "@/lib/refusal";
import { conflict, notFound, ok, type ServiceResult } from "@/lib/result";
import { suggestArticles, type ArticleSuggestion } from "@/lib/search/index";
import type { Actor } from "@/lib/tickets/actor";

/**
 * Articles beside a request form ("deflection"): what the form suggests as the requester types,
 * and the record of suggestions shown, opened, and requests given up because an article solved
 * them. Every id comes from the browser, so each call checks again that the item is active and
 * that the person may read the article. A form visit carries a random key: what it records is
 * recorded once per visit, however often the browser sends it again.
 */

const id = z.string().min(1).max(100);

export const suggestInput = z.strictObject({
  itemId: id,
  text: z.string().max(SUGGESTION_MAX_CHARS, "Descrição longa demais para sugerir artigos."),
});
export const shownInput = z.strictObject({
  itemId: id,
  articleIds: z.array(id).min(1).max(SUGGESTION_LIMIT),
  visitKey: requestKeySchema,
});
export const articleInput = z.strictObject({
  itemId: id,
  articleId: id,
  visitKey: requestKeySchema,
});

type ShownInput = z.output<typeof shownInput>;
type ArticleInput = z.output<typeof articleInput>;

/** A suggested article as the form's dialog shows it. */
export type OpenedArticle = { slug: string; title: string; html: string };

const ARTICLE_NOT_FOUND = "Este artigo não está disponível.";

async function requireActiveItem(itemId: string) {
  const item = await db.catalogItem.findFirst({ where: { id: itemId, active: true } });
  if (!item) refuse(notFound("Este serviço não está disponível."));
}

/** The articles of `ids` that `actor` may read, all of them or a refusal (an id was guessed). */
async function readableArticles(actor: Actor, ids: string[]) {
  const articles = await db.article.findMany({
    where: { id: { in: ids }, ...readableArticlesWhere(actor) },
    select: { id: true, slug: true, title: true, body: true },
  });
  if (articles.length !== new Set(ids).size)
    refuse(notFound(ARTICLE_NOT_FOUND), "deflection.article");
  return articles;
}

async function readableArticle(actor: Actor, id: string) {
  const [article] = await readableArticles(actor, [id]);
  return article ?? refuse(notFound(ARTICLE_NOT_FOUND), "deflection.article");
}

/**
 * Writes one event unless this visit has written it already: the claim (a RequestKey, forgotten
 * after a day like every form's) and the event commit together, and a replay finds the claim
 * taken. True when the event was written now.
 */
async function recordOnce(
  actor: Actor,
  claim: string,
  visitKey: string,
  event: { kind: DeflectionKind; articleId: string; itemId: string },
): Promise<boolean> {
  const action = `deflection.${claim}`;
  try {
    await db.$transaction(async (tx) => {
      await tx.requestKey.create({
        data: { key: claimKey(actor, action, visitKey), userId: actor.id, action },
      });
      await tx.deflectionEvent.create({ data: { ...event, userId: actor.id } });
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

const claimKey = (actor: Actor, action: string, visitKey: string) =>
  `${actor.id}:${action}:${visitKey}`;

/** Up to five articles for what the requester has typed; none for a few words. */
export async function suggestForRequest(
  actor: Actor,
  input: z.output<typeof suggestInput>,
): Promise<ServiceResult<ArticleSuggestion[]>> {
  await requireActiveItem(input.itemId);
  const text = normalizedDescription(input.text);
  if (text.length < SUGGESTION_MIN_CHARS) return ok([]);
  return ok(await suggestArticles(actor, { text, itemId: input.itemId, limit: SUGGESTION_LIMIT }));
}

/** The suggestions the form has just shown: each counted once per visit. */
export async function recordSuggestionsShown(
  actor: Actor,
  input: ShownInput,
): Promise<ServiceResult<{ recorded: number }>> {
  await requireActiveItem(input.itemId);
  const articles = await readableArticles(actor, input.articleIds);
  let recorded = 0;
  for (const article of articles) {
    const event = { kind: "SHOWN" as const, articleId: article.id, itemId: input.itemId };
    if (await recordOnce(actor, `shown.${article.id}`, input.visitKey, event)) recorded += 1;
  }
  return ok({ recorded });
}

/** A suggestion opened beside the form: the article to show, its opening counted once per visit. */
export async function openSuggestion(
  actor: Actor,
  input: ArticleInput,
): Promise<ServiceResult<OpenedArticle>> {
  await requireActiveItem(input.itemId);
  const article = await readableArticle(actor, input.articleId);
  const event = { kind: "OPENED" as const, articleId: article.id, itemId: input.itemId };
  await recordOnce(actor, `opened.${article.id}`, input.visitKey, event);
  return ok({ slug: article.slug, title: article.title, html: renderMarkdown(article.body) });
}

/**
 * "Isso resolveu meu problema": the request is given up, no ticket opened. Counted once per
 * visit, and only for an article this visit opened, so the figure the admins read is made of
 * articles people actually read.
 */
export async function recordRequestAvoided(
  actor: Actor,
  input: ArticleInput,
): Promise<ServiceResult<{ slug: string; title: string }>> {
  await requireActiveItem(input.itemId);
  const article = await readableArticle(actor, input.articleId);
  const opened = await db.requestKey.findUnique({
    where: { key: claimKey(actor, `deflection.opened.${article.id}`, input.visitKey) },
  });
  if (!opened) refuse(conflict("Abra o artigo antes de dizer se ele resolveu."));
  const event = { kind: "RESOLVED" as const, articleId: article.id, itemId: input.itemId };
  await recordOnce(actor, "resolved", input.visitKey, event);
  return ok({ slug: article.slug, title: article.title });
}
