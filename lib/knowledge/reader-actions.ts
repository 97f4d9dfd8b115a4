"use server";

import { z } from "zod";
import { authorizedAction, publicAction } from "@/lib/auth/action";
import { SUPPORT_ROLES } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { once, requestKeySchema } from "@/lib/forms/request-key";
import { ok } from "@/lib/result";
import { countArticleView } from "./article-page";
import { articleIdSchema } from "./reader-texts";
import {
  addArticleComment,
  articleCommentInput,
  hideArticleComment,
  hideCommentInput,
} from "./comments";
import { feedbackInput, sendArticleFeedback, voteInput, voteOnArticle } from "./votes";

// The article page's actions for signed-in readers. Each service checks again, in its
// transaction, that this reader may read the article: an article id can be guessed.

/** The service's strict schema plus the form's request key (lib/forms/request-key.ts). */
const keyed = <S extends z.ZodObject>(schema: S) =>
  z.intersection(z.strictObject({ requestKey: requestKeySchema }), schema);

/**
 * A view of the article page, sent once by the page when it is shown (signed out too): counted
 * there rather than while rendering, so the page's refresh after a vote or a comment is no view.
 */
export const countViewAction = publicAction(
  { name: "article.view", schema: z.strictObject({ articleId: articleIdSchema }) },
  async ({ articleId }) => {
    await countArticleView(await getCurrentUser(), articleId);
    return ok(null);
  },
);

export const voteAction = authorizedAction(
  { name: "article.vote", schema: voteInput },
  (user, input) => voteOnArticle(user, input),
);

// These two send mail to the authors: a double click or a replay must not send it twice.
export const feedbackAction = authorizedAction(
  { name: "article.feedback", schema: keyed(feedbackInput) },
  (user, { requestKey, ...input }) =>
    once({ key: requestKey, userId: user.id, action: "article.feedback" }, () =>
      sendArticleFeedback(user, input),
    ),
);

export const articleCommentAction = authorizedAction(
  { name: "article.comment", schema: keyed(articleCommentInput) },
  (user, { requestKey, ...input }) =>
    once({ key: requestKey, userId: user.id, action: "article.comment" }, () =>
      addArticleComment(user, input),
    ),
);

export const hideCommentAction = authorizedAction(
  { name: "article.comment.hide", roles: SUPPORT_ROLES, schema: hideCommentInput },
  (user, input) => hideArticleComment(user, input),
);
